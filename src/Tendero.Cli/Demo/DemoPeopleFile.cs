using Tendero.Core;
using Tendero.Simulator;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tendero.Cli.Demo;

/// <summary><c>businesses/demo/people.yaml</c>: the demo's virtual people, how each behaves, and the alerts to start.</summary>
internal sealed class DemoPeopleFile
{
    public string? Business { get; set; }
    public List<DemoPersonFile>? People { get; set; }
    public List<DemoAlertFile>? Alerts { get; set; }

    public static DemoPeopleFile Load(string path)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        try
        {
            return yaml.Deserialize<DemoPeopleFile?>(File.ReadAllText(path)) ?? new DemoPeopleFile();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new Config.BusinessConfigException($"{path}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }
    }
}

internal sealed class DemoPersonFile
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public Dictionary<string, string>? Addresses { get; set; }
    public Dictionary<string, DemoBehaviourFile>? Behaviours { get; set; }
}

internal sealed class DemoAlertFile
{
    public string? To { get; set; }
    public string? Policy { get; set; }
    public bool Critical { get; set; }
    public string? Text { get; set; }
}

internal sealed class DemoBehaviourFile
{
    public string? Read { get; set; }
    public string? ReadDelay { get; set; }
    public string? ReplyText { get; set; }
    public string? ReplyDelay { get; set; }
    public bool PressButton { get; set; }
    public string? ButtonDelay { get; set; }
    public string? AnswerCall { get; set; }
    public string? Digits { get; set; }
    public string? AnswerDelay { get; set; }

    public SimPersonBehaviour ToBehaviour(string where) => new()
    {
        Read = Read is null or "after" ? SimRead.After : Read == "never" ? SimRead.Never : throw Bad(where, "read", Read, "after or never"),
        ReadDelay = Delay(where, "read_delay", ReadDelay),
        ReplyText = ReplyText,
        ReplyDelay = Delay(where, "reply_delay", ReplyDelay),
        PressButton = PressButton,
        ButtonDelay = Delay(where, "button_delay", ButtonDelay),
        AnswerCall = AnswerCall switch
        {
            null or "silent" => SimCallAnswer.Silent,
            "press_digits" => SimCallAnswer.PressDigits,
            "no_answer" => SimCallAnswer.NoAnswer,
            _ => throw Bad(where, "answer_call", AnswerCall, "silent, press_digits or no_answer"),
        },
        Digits = Digits ?? "1",
        AnswerDelay = Delay(where, "answer_delay", AnswerDelay),
    };

    private static TimeSpan Delay(string where, string field, string? text) =>
        text is null ? TimeSpan.Zero : Durations.TryParse(text, out var delay) ? delay : throw Bad(where, field, text, "a duration such as 30m or 2h");

    private static Config.BusinessConfigException Bad(string where, string field, string value, string expected) =>
        new($"{where}.{field}: '{value}' is not {expected}");
}
