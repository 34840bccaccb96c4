namespace Tendero.Config;

// One printer under printers: as written, e.g. { address: tcp://192.168.1.50:9100, width: 42, alert_to: maria }.
internal sealed class PrinterFile
{
    public string? Address { get; set; }
    public int? Width { get; set; }
    public string? CodePage { get; set; }
    public int? CodeTable { get; set; }
    public string? Cut { get; set; }
    public string? AlertAfter { get; set; }
    public string? AlertTo { get; set; }
    public string? AlertPolicy { get; set; }
}
