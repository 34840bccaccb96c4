namespace Tendero.Tests.Ai;

/// <summary>Files of the repository, found by walking up from the test binaries to the folder holding Tendero.slnx.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string DevSet => NluSet("dev");

    /// <summary>An evaluation set under data/nlu: "dev" or "holdout".</summary>
    public static string NluSet(string name) => Path.Combine(Root, "data", "nlu", name + ".jsonl");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tendero.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Tendero.slnx).");
    }
}
