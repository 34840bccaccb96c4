namespace Tendero.Agents.Conversation;

/// <summary>
/// The outcome of one inbound message: the state to save, the texts to send (in order, one message each) and what the
/// runtime should do next. Empty replies and actions mean "say nothing" (handoff mode).
/// </summary>
public sealed record DialogTurn(ConversationState State, IReadOnlyList<string> Replies, IReadOnlyList<DialogAction> Actions)
{
    internal static DialogTurn Say(ConversationState state, params string[] replies) => new(state, replies, []);
}
