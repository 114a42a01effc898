using System.Globalization;
using Sakip.Analytics.DuckDb;

namespace Sakip.Analytics.Cli.Bench;

/// <summary>Our path: parse the CSV in C# and bulk-load through the appender, as the ETL does.</summary>
internal static class AppenderLoad
{
    public static void Load(DuckDbConnection connection, string csv)
    {
        using var transaction = connection.BeginTransaction();
        using (var appender = connection.CreateAppender("indicator_values"))
        {
            foreach (var line in File.ReadLines(csv).Skip(1))
            {
                var c = SplitSimple(line);
                appender.CreateRow()
                    .Append(long.Parse(c[0], CultureInfo.InvariantCulture)).Append(c[1]).Append(c[2])
                    .Append(long.Parse(c[3], CultureInfo.InvariantCulture)).Append(int.Parse(c[4], CultureInfo.InvariantCulture))
                    .Append(c[5]).Append(decimal.Parse(c[6], CultureInfo.InvariantCulture)).Append(c[7]).Append((string?)null)
                    .Append(c[9]).Append(c[10]).Append(int.Parse(c[11], CultureInfo.InvariantCulture))
                    .Append(c[12]).Append(int.Parse(c[13], CultureInfo.InvariantCulture))
                    .EndRow();
            }
        }

        transaction.Commit();
    }

    /// <summary>The synthetic file has one quoted column (text) and no embedded quotes.</summary>
    private static string[] SplitSimple(string line)
    {
        var cells = new string[14];
        var start = 0;
        for (var i = 0; i < 14; i++)
        {
            if (start < line.Length && line[start] == '"')
            {
                var close = line.IndexOf('"', start + 1);
                cells[i] = line[(start + 1)..close];
                start = close + 2;
                continue;
            }

            var comma = line.IndexOf(',', start);
            var end = comma < 0 ? line.Length : comma;
            cells[i] = line[start..end];
            start = end + 1;
        }

        return cells;
    }
}
