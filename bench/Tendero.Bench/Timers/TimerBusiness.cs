namespace Tendero.Bench.Timers;

/// <summary>
/// The one business every chain belongs to: a Telegram bot (polling, so nothing is registered at start), one staff
/// member, and a policy that notifies on Telegram and then waits an hour for an ack. When a chain comes due its
/// first step queues one message and parks the chain for an hour, so each due chain is one step of real work.
/// </summary>
internal static class TimerBusiness
{
    public const string Id = "timers";
    public const string Policy = "page";
    public const string Person = "ops";

    public static void Write(string folder) => File.WriteAllText(Path.Combine(folder, Id + ".yaml"), """
        name: Timers
        time_zone: America/Panama
        language: es
        channels:
          telegram:
            bot_token_env: TELEGRAM_BOT_TOKEN
            secret_token_env: TELEGRAM_SECRET_TOKEN
            mode: polling
        staff:
          - id: ops
            name: Ops
            telegram: "700100200"
        policies:
          page:
            steps:
              - notify: telegram
              - wait: 1h
                until: acked
        prices:
          currency: USD
          telegram: { "*": 0 }
        """);
}
