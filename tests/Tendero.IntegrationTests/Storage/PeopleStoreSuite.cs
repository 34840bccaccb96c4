using Tendero.Core;

namespace Tendero.IntegrationTests.Storage;

/// <summary>The people alerts go to, run once per database. María (WhatsApp and Telegram) is there from the start.</summary>
public abstract class PeopleStoreSuite(string kind) : ChainStoreTest(kind)
{
    [SkippableFact]
    public async Task UpsertAsync_SameIdAgain_ReplacesEveryField()
    {
        var quiet = QuietHours.TryParse("22:00-07:00", out var hours, out _) ? hours : null;
        await People.UpsertAsync(Business, new Person("maria", null, "en", quiet, new Dictionary<ChannelKind, string> { [ChannelKind.Sms] = "+50760002222" }), "api", default);

        var maria = (await People.GetAsync(Business, "maria", default))!;

        Assert.Equal((null, "en", "22:00-07:00"), (maria.Name, maria.Language, maria.QuietHours?.ToString()));
        Assert.Equal([(ChannelKind.Sms, "+50760002222")], maria.Addresses.Select(a => (a.Key, a.Value)));
        Assert.Null(await People.GetAsync("el-otro", "maria", default));
    }

    [SkippableFact]
    public async Task ListAsync_AfterAndLimit_PagesInIdOrder()
    {
        foreach (var id in new[] { "zoe", "ana", "kitchen" })
        {
            await People.UpsertAsync(Business, Maria with { Id = id }, "api", default);
        }
        await People.UpsertAsync("el-otro", Maria with { Id = "bob" }, "api", default);

        var first = await People.ListAsync(Business, null, 2, default);
        var second = await People.ListAsync(Business, first[^1].Id, 2, default);

        Assert.Equal(["ana", "kitchen", "maria", "zoe"], first.Concat(second).Select(p => p.Id));
    }

    [SkippableFact]
    public async Task ForAddressAsync_KnownAddress_ThatPersonElseANewOneNamedByTheAddress()
    {
        var phone = new Dictionary<ChannelKind, string> { [ChannelKind.WhatsApp] = MariaPhone, [ChannelKind.Sms] = MariaPhone };
        Assert.Equal("maria", (await People.ForAddressAsync(Business, MariaPhone, phone, "es", default)).Id);

        var chat = new Dictionary<ChannelKind, string> { [ChannelKind.Telegram] = "42" };
        var stranger = await People.ForAddressAsync(Business, "telegram:42", chat, "es", default);

        Assert.Equal(("telegram:42", "42"), (stranger.Id, stranger.AddressOn(ChannelKind.Telegram)));
        Assert.Equal("42", (await People.GetAsync(Business, "telegram:42", default))!.AddressOn(ChannelKind.Telegram));
    }
}

public sealed class SqlitePeopleStoreTests() : PeopleStoreSuite("sqlite");

public sealed class PostgresPeopleStoreTests() : PeopleStoreSuite("postgres");
