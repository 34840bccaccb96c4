using System.Text;
using Telegram.Bot.Types.ReplyMarkups;
using Tendero.Core;

namespace Tendero.Channels.Telegram;

/// <summary>
/// Reply buttons as an inline keyboard: one row, a callback button per <see cref="ReplyButton"/>. Telegram allows
/// callback_data of 1-64 bytes (https://core.telegram.org/bots/api#inlinekeyboardbutton) and answers anything else
/// with BUTTON_DATA_INVALID, so we refuse such buttons before calling it.
/// </summary>
internal static class TelegramKeyboard
{
    public const int MaxCallbackDataBytes = 64;

    /// <summary>The keyboard, or null when there are no buttons.</summary>
    public static InlineKeyboardMarkup? For(IReadOnlyList<ReplyButton> buttons) =>
        buttons.Count == 0 ? null : new InlineKeyboardMarkup(buttons.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data)));

    /// <summary>Why the buttons cannot be sent, or null when they can. A bad button is the caller's bug, never Telegram's.</summary>
    public static string? Problem(IReadOnlyList<ReplyButton> buttons)
    {
        foreach (var button in buttons)
        {
            if (string.IsNullOrWhiteSpace(button.Label))
            {
                return $"A button with data '{button.Data}' has no label; Telegram needs text on every button.";
            }
            var bytes = Encoding.UTF8.GetByteCount(button.Data);
            if (bytes is 0 or > MaxCallbackDataBytes)
            {
                return $"The button '{button.Label}' carries {bytes} bytes of data; Telegram takes 1-{MaxCallbackDataBytes} bytes of callback_data.";
            }
        }
        return null;
    }
}
