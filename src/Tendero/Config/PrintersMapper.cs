using System.Text.RegularExpressions;
using Tendero.Connectors.EscPos;
using Tendero.Core;

namespace Tendero.Config;

/// <summary>
/// Checks the <c>printers:</c> section: an address, a width the printer has, a code page with Spanish letters, and
/// an alert that names someone under staff (or an address) and a policy that exists. In simulate mode every printer
/// is the simulator's virtual printer.
/// </summary>
internal static partial class PrintersMapper
{
    public static IReadOnlyDictionary<string, PrinterConfig> Printers(
        Dictionary<string, PrinterFile>? file, BusinessConfig business, FieldChecker check, Uri? simulator)
    {
        var printers = new Dictionary<string, PrinterConfig>(StringComparer.Ordinal);
        foreach (var (name, p) in file ?? [])
        {
            var at = $"printers.{name}";
            if (!NamePattern().IsMatch(name))
            {
                check.Fail(at, "a printer name may hold only a-z, 0-9, '-' and '_' (up to 40)");
            }
            if (p is null)
            {
                check.Fail(at, "give at least its address, such as { address: tcp://192.168.1.50:9100 }");
                continue;
            }
            var address = Address(p, at, check, simulator);
            var width = p.Width ?? TicketWidths.Default;
            if (!TicketWidths.IsSupported(width))
            {
                check.Fail($"{at}.width", $"{width} is not 32, 42 or 48 characters per line (58 mm paper: 32 or 42; 80 mm: 48)");
            }
            var codePage = PrinterCodePage.Find(p.CodePage ?? "cp858");
            if (codePage is null)
            {
                check.Fail($"{at}.code_page", $"'{p.CodePage}' is not cp858 or cp1252 (cp437 has no Á Í Ó Ú)");
            }
            if (p.CodeTable is { } table && codePage is not null)
            {
                if (table is < 0 or > 255)
                {
                    check.Fail($"{at}.code_table", $"{table} is not an ESC t number (0-255)");
                }
                else
                {
                    codePage = codePage.WithTable((byte)table);
                }
            }
            var fullCut = (p.Cut ?? "partial").ToLowerInvariant() switch
            {
                "partial" => false,
                "full" => true,
                _ => Fail(check, $"{at}.cut", $"'{p.Cut}' is not partial or full"),
            };
            var alertAfter = TimeSpan.FromMinutes(10);
            if (p.AlertAfter is not null && !Durations.TryParse(p.AlertAfter, out alertAfter))
            {
                check.Fail($"{at}.alert_after", $"'{p.AlertAfter}' is not a positive duration such as 10m or 90s");
            }
            CheckAlert(p, at, business, check);
            printers[name] = new PrinterConfig(name, address)
            {
                Width = width, CodePage = codePage ?? PrinterCodePage.Cp858, FullCut = fullCut,
                AlertAfter = alertAfter, AlertTo = p.AlertTo?.Trim(), AlertPolicy = p.AlertPolicy?.Trim(),
            };
        }
        return printers;
    }

    // The address is checked even in simulate mode, so a typo shows before the business goes live.
    private static PrinterAddress Address(PrinterFile p, string at, FieldChecker check, Uri? simulator)
    {
        var text = check.Required($"{at}.address", p.Address);
        if (text.Length == 0)
        {
            return new PrinterAddress(PrinterAddressKind.Device, "");
        }
        if (!PrinterAddress.TryParse(text, out var address, out var error))
        {
            check.Fail($"{at}.address", error);
        }
        return simulator is null ? address : PrinterAddress.ForSimulator(simulator);
    }

    private static void CheckAlert(PrinterFile p, string at, BusinessConfig business, FieldChecker check)
    {
        if (p.AlertTo is null && p.AlertPolicy is null)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(p.AlertTo))
        {
            check.Fail($"{at}.alert_to", "is required with alert_policy: a staff id, or an address such as +50760001111");
        }
        else if (!p.AlertTo.StartsWith('+') && !p.AlertTo.Contains(':', StringComparison.Ordinal) && business.Staff.All(s => s.Id != p.AlertTo.Trim()))
        {
            check.Fail($"{at}.alert_to", $"'{p.AlertTo}' is not the id of anyone under staff");
        }
        if (string.IsNullOrWhiteSpace(p.AlertPolicy))
        {
            check.Fail($"{at}.alert_policy", "is required with alert_to: the policy the alert follows, such as stock-alert");
        }
        else if (!business.Policies.ContainsKey(p.AlertPolicy.Trim()))
        {
            check.Fail($"{at}.alert_policy", $"'{p.AlertPolicy}' is not one of the policies");
        }
    }

    private static bool Fail(FieldChecker check, string field, string reason)
    {
        check.Fail(field, reason);
        return false;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,39}$")]
    private static partial Regex NamePattern();
}
