namespace Tendero.Ai.Offline;

/// <summary>Month names and short forms in Spanish and English, accent-free (the normal form).</summary>
internal static class Months
{
    public const string Pattern =
        "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
        + "january|february|march|april|may|june|july|august|september|october|november|december|"
        + "ene|feb|mar|abr|apr|jun|jul|ago|aug|sept|sep|oct|nov|dic|dec|jan";

    public static int Number(string name) => name switch
    {
        "enero" or "january" or "ene" or "jan" => 1,
        "febrero" or "february" or "feb" => 2,
        "marzo" or "march" or "mar" => 3,
        "abril" or "april" or "abr" or "apr" => 4,
        "mayo" or "may" => 5,
        "junio" or "june" or "jun" => 6,
        "julio" or "july" or "jul" => 7,
        "agosto" or "august" or "ago" or "aug" => 8,
        "septiembre" or "setiembre" or "september" or "sept" or "sep" => 9,
        "octubre" or "october" or "oct" => 10,
        "noviembre" or "november" or "nov" => 11,
        _ => 12,
    };
}
