using System.Data.Common;

namespace Tendero.Storage;

/// <summary>Sets a reused command's parameters: created the first time, only the value changes after that.</summary>
public static class Parameters
{
    public static DbCommand Set(this DbCommand command, string name, object? value)
    {
        var index = command.Parameters.IndexOf(name);
        var parameter = index >= 0 ? command.Parameters[index] : command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (index < 0)
        {
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
