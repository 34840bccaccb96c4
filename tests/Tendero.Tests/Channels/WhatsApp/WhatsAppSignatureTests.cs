using System.Text;
using Tendero.Channels.WhatsApp;

namespace Tendero.Tests.Channels.WhatsApp;

/// <summary>X-Hub-Signature-256 against the vectors of REFERENCE.md §13.2.</summary>
public sealed class WhatsAppSignatureTests
{
    public static TheoryData<string, string, string> Vectors => WhatsAppVectors.Signed;

    [Fact]
    public void Sign_UpstreamVector_MatchesWhatsAppSdk() =>
        Assert.Equal(
            "sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914",
            WhatsAppSignature.Sign("test"u8, "secret"));

    [Theory]
    [MemberData(nameof(Vectors))]
    public void IsValid_ProductVector_Accepts(string name, string body, string signature)
    {
        Assert.True(WhatsAppSignature.IsValid(WhatsAppVectors.Bytes(body), signature, WhatsAppVectors.AppSecret), name);
        Assert.Equal(signature, WhatsAppSignature.Sign(WhatsAppVectors.Bytes(body), WhatsAppVectors.AppSecret));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void IsValid_UppercaseHex_Accepts(string name, string body, string signature) =>
        Assert.True(WhatsAppSignature.IsValid(WhatsAppVectors.Bytes(body), "sha256=" + signature[7..].ToUpperInvariant(), WhatsAppVectors.AppSecret), name);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void IsValid_OtherSecret_Rejects(string name, string body, string signature) =>
        Assert.False(WhatsAppSignature.IsValid(WhatsAppVectors.Bytes(body), signature, "another_secret"), name);

    [Fact]
    public void IsValid_RawUtf8BodyWithEscapedSignature_Rejects()
    {
        var raw = WhatsAppVectors.Bytes(WhatsAppVectors.RawUtf8Body);

        Assert.Contains("Ana Pérez", Encoding.UTF8.GetString(raw));
        Assert.False(WhatsAppSignature.IsValid(raw, WhatsAppVectors.EscapedSignature, WhatsAppVectors.AppSecret));
        Assert.True(WhatsAppSignature.IsValid(raw, WhatsAppVectors.RawUtf8Signature, WhatsAppVectors.AppSecret));
    }

    [Fact]
    public void IsValid_BodyChangedByOneByte_Rejects()
    {
        var body = WhatsAppVectors.Bytes(WhatsAppVectors.Body(WhatsAppVectors.TextMiddle).Replace("salio", "salió", StringComparison.Ordinal));

        Assert.False(WhatsAppSignature.IsValid(body, "sha256=7b77b6c2cbbb9de71e001f05a18a469cbf7b66b21b16cfc4b1204372e57b9971", WhatsAppVectors.AppSecret));
    }

    [Fact]
    public void IsValid_TrailingNewlineAddedToBody_Rejects()
    {
        var body = WhatsAppVectors.Bytes(WhatsAppVectors.Body(WhatsAppVectors.TextMiddle) + "\n");

        Assert.False(WhatsAppSignature.IsValid(body, "sha256=7b77b6c2cbbb9de71e001f05a18a469cbf7b66b21b16cfc4b1204372e57b9971", WhatsAppVectors.AppSecret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("garbage")]
    [InlineData("sha256=not-hex-at-all")]
    [InlineData("7b77b6c2cbbb9de71e001f05a18a469cbf7b66b21b16cfc4b1204372e57b9971")]
    [InlineData("sha1=7b77b6c2cbbb9de71e001f05a18a469cbf7b66b21b16cfc4b1204372e57b9971")]
    [InlineData("sha256=7b77b6c2cbbb9de71e001f05a18a469cbf7b66b21b16cfc4b1204372e57b997")]
    [InlineData("sha256=7b77b6c2cbbb9de71e001f05a18a469cbf7b66b21b16cfc4b1204372e57b99710")]
    [InlineData(" sha256=7b77b6c2cbbb9de71e001f05a18a469cbf7b66b21b16cfc4b1204372e57b9971")]
    public void IsValid_MissingOrGarbageHeader_Rejects(string? header) =>
        Assert.False(WhatsAppSignature.IsValid(WhatsAppVectors.Bytes(WhatsAppVectors.Body(WhatsAppVectors.TextMiddle)), header, WhatsAppVectors.AppSecret));
}
