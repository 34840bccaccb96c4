using System.Globalization;
using System.ServiceModel;

namespace Tendero.IntegrationTests.Actions;

/// <summary>An old ERP's reservations service, as an ASMX/WCF shop would have written it.</summary>
[ServiceContract]
public interface IReservas
{
    [OperationContract]
    string Registrar(string reserva, string nombre, string fecha, int personas);
}

/// <summary>
/// Confirms a booking with a number; a bad date is the caller's fault (a Client fault), and the name "caido"
/// stands for the ERP's database being down (a Server fault).
/// </summary>
public sealed class ReservasService(ReservasLog log) : IReservas
{
    public string Registrar(string reserva, string nombre, string fecha, int personas)
    {
        log.Add($"{reserva}|{nombre}|{fecha}|{personas}");
        if (nombre == "caido")
        {
            throw new FaultException(new FaultReason("Base de datos no disponible"), new FaultCode("Server"), "Registrar");
        }
        if (!DateOnly.TryParseExact(fecha, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new FaultException(new FaultReason("Fecha inválida"), new FaultCode("Client.ValidationError"), "Registrar");
        }
        return $"CONF-{reserva}-{personas}";
    }
}

/// <summary>What the service received, in order.</summary>
public sealed class ReservasLog
{
    private readonly List<string> calls = [];

    public void Add(string call)
    {
        lock (calls)
        {
            calls.Add(call);
        }
    }

    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (calls)
            {
                return calls.ToList();
            }
        }
    }
}
