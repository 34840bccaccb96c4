using System.Globalization;
using Tendero.IntegrationTests.Support;
using YamlDotNet.RepresentationModel;

namespace Tendero.IntegrationTests.Crash;

/// <summary>
/// A temporary businesses folder for the chain crash test: the shipped la-fonda with the test's people as staff, a
/// <c>fast-alert</c> policy measured in seconds, and the fast SMS and voice lanes of <see cref="TestBusinesses"/>.
/// </summary>
internal static class ChainCrashBusinesses
{
    /// <summary>
    /// <paramref name="escalateAfter"/> is the wait for a read and for a reply. It must outlast the person's delay plus
    /// the time until the provider's retry gets through after the restart (see <see cref="ChainCrashWorld"/>), or a read
    /// made while the server was down would arrive after its wait: the chain would rightly move on, and the test could not say where.
    /// </summary>
    public static string Create(IEnumerable<ChainCrashPerson> people, TimeSpan escalateAfter)
    {
        var root = Load(File.ReadAllText(Path.Combine(RepoPaths.Businesses, "la-fonda.yaml")));
        // The customer auto_reply would answer each SMS ack "1", and a simulated person who answers every SMS with "1"
        // would answer it back, forever. Alerts go to staff; the auto reply is for customers and is tested elsewhere.
        root.Children.Remove(new YamlScalarNode("auto_reply"));
        var wait = $"{escalateAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s";
        ((YamlMappingNode)root["policies"]).Add("fast-alert", Load(
            $$"""
            steps:
              - notify: whatsapp
              - { wait: {{wait}}, until: read }
              - notify: telegram
              - { wait: {{wait}}, until: replied }
              - notify: sms
              - { wait: 3s, until: acked, only_if: critical }
              - notify: voice
            """));
        var staff = (YamlSequenceNode)root["staff"];
        foreach (var person in people)
        {
            staff.Add(new YamlMappingNode(
                new YamlScalarNode("id"), new YamlScalarNode(person.Id),
                new YamlScalarNode("name"), new YamlScalarNode($"{person.Group.Name} {person.Id}"),
                new YamlScalarNode("whatsapp"), Quoted(person.Phone),
                new YamlScalarNode("telegram"), Quoted(person.Chat.ToString(CultureInfo.InvariantCulture)),
                new YamlScalarNode("sms"), Quoted(person.Phone),
                new YamlScalarNode("voice"), Quoted(person.Phone)));
        }
        root.Add("lanes", Load("{ sms: { per_second: 100 }, voice: { per_second: 100 } }"));

        var folder = Path.Combine(Path.GetTempPath(), "tendero-test-businesses", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var writer = new StreamWriter(Path.Combine(folder, "la-fonda.yaml"));
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return folder;
    }

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlScalarNode Quoted(string value) => new(value) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
}
