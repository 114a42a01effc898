using System.Globalization;
using System.Text;

namespace Sakip.Analytics.Cli.Bench;

/// <summary>
/// Clearly synthetic indicator values ("sintetis-*" tenants and units) in the shape of the
/// indicator_values table, written as CSV so both load paths read the same bytes.
/// </summary>
internal static class SyntheticFacts
{
    public const int Tenants = 20;
    public const int UnitsPerTenant = 50;
    public const int IndicatorsPerUnit = 10;
    public static readonly string[] Kinds = ["target", "realization"];

    public static void WriteCsv(string path, int count)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine("batch_id,tenant,unit,indicator_id,year,kind,value,text,grade,source_document,source_table,source_line,source_file,source_row");
        var random = new Random(20231);
        for (var i = 0; i < count; i++)
        {
            var tenant = i % Tenants;
            var unit = i / Tenants % UnitsPerTenant;
            var indicator = (tenant * UnitsPerTenant + unit) * IndicatorsPerUnit + (i / (Tenants * UnitsPerTenant) % IndicatorsPerUnit);
            var kind = Kinds[i / (Tenants * UnitsPerTenant * IndicatorsPerUnit) % 2];
            var year = 2000 + (i / (Tenants * UnitsPerTenant * IndicatorsPerUnit * 2) % 100);
            var value = Math.Round((decimal)(50 + random.NextDouble() * 50), 2);
            var text = value.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"1,sintetis-{tenant},sintetis-opd-{unit},{indicator},{year},{kind},{value},\"{text}\",,synthetic,bench,{i + 1},synthetic.csv,{i + 2}\n"));
        }
    }
}
