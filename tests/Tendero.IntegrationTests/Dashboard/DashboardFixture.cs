using Microsoft.Playwright;
using Tendero.Dashboard;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Dashboard;

/// <summary>
/// One server, one seeded database and one Chromium for a test class. Two businesses: la-fonda and a copy called
/// el-otro, each with its own seeded day; the owner of la-fonda must never see el-otro. No workers run, so the seeded
/// rows stay as they are (a retried message stays queued). Chromium is the system one: Playwright never downloads a browser.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string Owner = "owner@la-fonda.test";
    public const string Staff = "staff@la-fonda.test";
    public const string Password = "correct horse battery staple";
    public const string Chromium = "/usr/bin/chromium";

    private TestDatabase? database;
    private IPlaywright? playwright;

    public TestApp App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public DashboardSeed Fonda { get; private set; } = null!;

    public DashboardSeed Otro { get; private set; } = null!;

    /// <summary>Where screenshots go: under the test output folder, so CI can keep them as artifacts.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "dashboard")).FullName;

    public async Task InitializeAsync()
    {
        var folder = TestBusinesses.Edited("la-fonda", text => text);
        var fonda = await File.ReadAllTextAsync(Path.Combine(folder, "la-fonda.yaml"));
        await File.WriteAllTextAsync(Path.Combine(folder, "el-otro.yaml"), fonda.Replace("name: La Fonda", "name: El Otro", StringComparison.Ordinal));
        database = TestDatabase.Sqlite();
        // el-otro shares la-fonda's demo accounts; the simulator needs each once (nothing is sent in these tests).
        App = await TestApp.StartAsync(database, simulator: Distinct, workers: [], businessesDir: folder);
        var db = App.Get<IDatabase>();
        var now = App.Get<TimeProvider>().GetUtcNow();
        Fonda = await DashboardSeed.WriteAsync(db, "la-fonda", now);
        Otro = await DashboardSeed.WriteAsync(db, "el-otro", now);
        var users = App.Get<UserStore>();
        await users.AddAsync(Owner, UserRole.Owner, "la-fonda", Password, CancellationToken.None);
        await users.AddAsync(Staff, UserRole.Staff, "la-fonda", Password, CancellationToken.None);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) signed in as <paramref name="email"/>, on the page sign-in leads to.</summary>
    public async Task<IPage> SignInAsync(string email, string returnUrl = "/")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.ServerUrl.ToString(), ViewportSize = new() { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(returnUrl);
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return page;
    }

    private static void Distinct(Tendero.Simulator.SimulatorOptions options)
    {
        Keep(options.WhatsApp, a => a.PhoneNumberId);
        Keep(options.Telegram, b => b.Token);
        Keep(options.Twilio, a => a.AccountSid);
    }

    private static void Keep<T>(List<T> items, Func<T, string> key)
    {
        var distinct = items.DistinctBy(key).ToList();
        items.Clear();
        items.AddRange(distinct);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
