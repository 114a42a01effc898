namespace Sakip.Analytics.DuckDb.Tests;

public sealed class LibraryTests
{
    [Fact]
    public void Library_version_is_the_restored_duckdb_1_5_6() =>
        Assert.StartsWith("v1.5.6", DuckDbConnection.LibraryVersion, StringComparison.Ordinal);

    [Fact]
    public void Server_version_reports_the_library_version()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        Assert.Equal(DuckDbConnection.LibraryVersion, connection.ServerVersion);
    }
}
