using System.Text;

namespace Tendero.Export;

/// <summary>The README of an exit kit, in Spanish and in English: what each file is, how to run Tendero from the kit,
/// and how to run the business by hand if Tendero is gone.</summary>
internal static class KitReadme
{
    private static readonly Dictionary<string, (string Es, string En)> Known = new(StringComparer.Ordinal)
    {
        ["messages"] = ("cada mensaje recibido y enviado: canal, dirección, texto, estado y horas", "every message received and sent: channel, direction, text, status and times"),
        ["conversations"] = ("una fila por conversación (cliente y canal) con su estado", "one row per conversation (customer and channel) with its state"),
        ["contacts"] = ("los clientes que escribieron, por canal", "the customers who wrote, per channel"),
        ["status_reports"] = ("los avisos de entrega y lectura de cada proveedor", "each provider's delivery and read reports"),
        ["costs"] = ("lo que costó cada mensaje y cada llamada a un modelo, en micro-unidades de la moneda", "what each message and model call cost, in micro-units of the currency"),
        ["chains"] = ("alertas con su cadena de respaldo (WhatsApp, luego Telegram, luego SMS…)", "alerts with their fallback chain (WhatsApp, then Telegram, then SMS…)"),
        ["chain_events"] = ("cada paso de cada alerta", "every step of every alert"),
        ["people"] = ("personal y personas a quienes se avisa", "staff and people who get alerts"),
        ["model_calls"] = ("cada llamada a un modelo de IA, con su costo", "every AI model call, with its cost"),
        ["events"] = ("los eventos internos (mensaje recibido, intención detectada…)", "internal events (message received, intent detected…)"),
        ["agent_work"] = ("el trabajo de los agentes sobre esos eventos", "the agents' work on those events"),
        ["print_jobs"] = ("tickets de cocina enviados a la impresora", "kitchen tickets sent to the printer"),
        ["action_calls"] = ("llamadas a otros sistemas (TPV, ERP)", "calls to other systems (POS, ERP)"),
        ["sheet_writes"] = ("filas escritas en la hoja de Google o el libro Excel", "rows written to the Google Sheet or workbook"),
        ["cursors"] = ("marcadores internos (p. ej. el último update de Telegram leído)", "internal bookmarks (e.g. the last Telegram update read)"),
    };

    public static string Text(string business, IReadOnlyList<KitTable> tables, IReadOnlyList<string> variables, bool includeSecrets, IReadOnlyList<string> redacted)
    {
        var s = new StringBuilder();
        s.AppendLine($"# Kit de salida de Tendero / Tendero exit kit: `{business}`").AppendLine();
        s.AppendLine("## Español").AppendLine();
        s.AppendLine("Este kit contiene todos los datos de su negocio en formatos abiertos. Es suyo: puede abrirlo sin Tendero.").AppendLine();
        s.AppendLine("| archivo | qué es | filas |").AppendLine("|---|---|---|");
        s.AppendLine("| `manifest.json` | lista de archivos con su tamaño y suma SHA-256 (compruebe un archivo con `sha256sum ARCHIVO`), y las columnas de cada tabla | |");
        s.AppendLine($"| `business/{business}.yaml` | la configuración del negocio (canales, personal, políticas, precios) | |");
        foreach (var t in tables)
        {
            s.AppendLine($"| `{t.Csv}`, `{t.Json}` | {Describe(t.Name).Es} | {t.Rows} |");
        }
        s.AppendLine();
        s.AppendLine("Los `.csv` se abren con Excel, LibreOffice o Google Sheets (UTF-8; un texto que empieza con `=`, `+`, `-` o `@` lleva un `'` delante para que no se ejecute como fórmula). Los `.jsonl` tienen un objeto JSON por línea, con el texto exacto; son los que usa `tendero import`. Las horas están en ISO 8601 con la zona horaria del negocio; el dinero en micro-unidades (1 000 000 = 1 unidad de la moneda).").AppendLine();
        s.AppendLine(includeSecrets
            ? "**Este kit incluye secretos** (`secrets.env`, claves privadas): guárdelo como guarda las llaves del negocio."
            : "**Sin secretos**: las claves no están en el kit. Los campos `*_env` del archivo del negocio dicen qué variable de entorno poner en la máquina nueva." + (redacted.Count > 0 ? $" Quitados: {string.Join(", ", redacted.Select(r => $"`{r}`"))}." : "")).AppendLine();
        s.AppendLine("### Volver a usar Tendero en otra máquina").AppendLine();
        s.AppendLine("1. Instale el SDK de .NET 10 y obtenga Tendero (`git clone` del repositorio, o el ejecutable `tendero`).");
        s.AppendLine($"2. Copie `business/` a la carpeta de negocios (por ejemplo `./businesses/`) y ponga las variables: {Vars(variables)}{(includeSecrets ? " (están en `secrets.env`: `set -a; . ./secrets.env; set +a`)" : "")}.");
        s.AppendLine("3. `tendero import RUTA_DEL_KIT --db ./data/tendero.db` (o una cadena de PostgreSQL). Se puede repetir: lo que ya está no se duplica.");
        s.AppendLine("4. `tendero serve --businesses ./businesses --db ./data/tendero.db`, y apunte los webhooks de WhatsApp, Telegram y Twilio a la nueva dirección.").AppendLine();
        s.AppendLine("### Si Tendero ya no existe").AppendLine();
        s.AppendLine("- Contestar a los clientes: use la app de WhatsApp Business, Telegram y los SMS de su teléfono. `contacts.csv` y `conversations.csv` dicen quién escribió y por dónde; `messages.csv` tiene cada conversación (filtre por `address`, ordene por `created_at`).");
        s.AppendLine("- Avisos al personal: `people.csv` tiene los teléfonos y chats de cada persona; las políticas de aviso (a quién, por qué canal, cuánto esperar) están en el archivo del negocio.");
        s.AppendLine("- Cuentas: `costs.csv` suma lo gastado por canal y por día (`amount_micros` / 1 000 000).");
        s.AppendLine("- Reservas y pedidos: las tablas de cada solución (si las hay) están arriba, con sus fechas y estados.").AppendLine();
        s.AppendLine("## English").AppendLine();
        s.AppendLine("This kit holds all of your business's data in open formats. It is yours: you can open it without Tendero.").AppendLine();
        s.AppendLine("| file | what it is | rows |").AppendLine("|---|---|---|");
        s.AppendLine("| `manifest.json` | every file with its size and SHA-256 (check a file by hand with `sha256sum FILE`), and each table's columns | |");
        s.AppendLine($"| `business/{business}.yaml` | the business's configuration (channels, staff, policies, prices) | |");
        foreach (var t in tables)
        {
            s.AppendLine($"| `{t.Csv}`, `{t.Json}` | {Describe(t.Name).En} | {t.Rows} |");
        }
        s.AppendLine();
        s.AppendLine("The `.csv` files open in Excel, LibreOffice or Google Sheets (UTF-8; text starting with `=`, `+`, `-` or `@` has a `'` in front so it cannot run as a formula). The `.jsonl` files hold one JSON object per line with the exact text; `tendero import` reads them. Times are ISO 8601 with the business's offset; money is in micro-units (1,000,000 = 1 unit of the currency).").AppendLine();
        s.AppendLine(includeSecrets
            ? "**This kit includes secrets** (`secrets.env`, private keys): keep it as you keep the business's keys."
            : "**No secrets**: keys are not in the kit. The business file's `*_env` fields name the environment variables to set on the new machine." + (redacted.Count > 0 ? $" Removed: {string.Join(", ", redacted.Select(r => $"`{r}`"))}." : "")).AppendLine();
        s.AppendLine("### Run Tendero again on another machine").AppendLine();
        s.AppendLine("1. Install the .NET 10 SDK and get Tendero (`git clone` the repository, or the `tendero` executable).");
        s.AppendLine($"2. Copy `business/` into the businesses folder (e.g. `./businesses/`) and set the variables: {Vars(variables)}{(includeSecrets ? " (they are in `secrets.env`: `set -a; . ./secrets.env; set +a`)" : "")}.");
        s.AppendLine("3. `tendero import PATH_TO_KIT --db ./data/tendero.db` (or a PostgreSQL connection string). Running it again adds nothing twice.");
        s.AppendLine("4. `tendero serve --businesses ./businesses --db ./data/tendero.db`, and point the WhatsApp, Telegram and Twilio webhooks at the new address.").AppendLine();
        s.AppendLine("### If Tendero is gone").AppendLine();
        s.AppendLine("- Answer customers with the WhatsApp Business app, Telegram and your phone's SMS. `contacts.csv` and `conversations.csv` say who wrote and where; `messages.csv` holds every conversation (filter by `address`, sort by `created_at`).");
        s.AppendLine("- Alerts to staff: `people.csv` has each person's numbers and chats; the alert policies (whom, on which channel, how long to wait) are in the business file.");
        s.AppendLine("- Accounts: `costs.csv` adds up the spend per channel and day (`amount_micros` / 1,000,000).");
        s.AppendLine("- Bookings and orders: each solution's tables (if any) are listed above, with their dates and states.");
        return s.ToString();
    }

    // TENDERO_API_KEY guards the API of any install, whatever the business file names.
    private static string Vars(IReadOnlyList<string> variables) => string.Join(", ", variables.Append("TENDERO_API_KEY").Distinct().Select(v => $"`{v}`"));

    private static (string Es, string En) Describe(string table) =>
        Known.TryGetValue(table, out var known) ? known : ($"tabla `{table}`", $"table `{table}`");
}
