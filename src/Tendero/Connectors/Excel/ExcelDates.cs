namespace Tendero.Connectors.Excel;

/// <summary>Excel date serials: days since 1899-12-30 (or 1904-01-01 in a 1904 workbook), the time as the fraction.</summary>
public static class ExcelDates
{
    private static readonly DateTime Epoch1900 = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);
    private const int Days1904 = 1462;

    public static double Serial(DateTime value, bool date1904 = false) =>
        (value - Epoch1900).TotalDays - (date1904 ? Days1904 : 0);

    public static double Serial(DateOnly value, bool date1904 = false) => Serial(value.ToDateTime(TimeOnly.MinValue), date1904);

    public static DateTime FromSerial(double serial, bool date1904 = false) =>
        Epoch1900.AddDays(serial + (date1904 ? Days1904 : 0));
}
