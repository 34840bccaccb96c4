using System.Net.Http.Json;
using System.Text.Json;

namespace Tendero.IntegrationTests.Support;

/// <summary>Polls an API resource until it satisfies a condition (the work under test runs in background workers).</summary>
public static class Eventually
{
    public static async Task<JsonElement> GetAsync(HttpClient http, string path, Func<JsonElement, bool> condition, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var started = TimeProvider.System.GetTimestamp();
        JsonElement last;
        do
        {
            last = await http.GetFromJsonAsync<JsonElement>(path);
            if (condition(last))
            {
                return last;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
        }
        while (TimeProvider.System.GetElapsedTime(started) < limit);
        throw new TimeoutException($"{path} never met the condition; last answer: {last}");
    }

    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!await condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException($"Timed out after {timeout}: {what}");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        }
    }
}
