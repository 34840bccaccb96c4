using System.Text.Json.Serialization;

namespace Tendero.Simulator;

/// <summary>What a person does when a simulated Twilio call rings.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SimCallAnswer>))]
public enum SimCallAnswer
{
    /// <summary>Answers, listens and hangs up after <see cref="SimBehaviour.CallDuration"/>: <c>completed</c>, no keypress.</summary>
    [JsonStringEnumMemberName("silent")] Silent,

    /// <summary>Answers and presses <see cref="SimPersonBehaviour.Digits"/> <see cref="SimPersonBehaviour.AnswerDelay"/> after connecting.</summary>
    [JsonStringEnumMemberName("press_digits")] PressDigits,

    /// <summary>Lets it ring for the call's <c>Timeout</c> (60 s unless the request says otherwise): <c>no-answer</c>.</summary>
    [JsonStringEnumMemberName("no_answer")] NoAnswer,
}
