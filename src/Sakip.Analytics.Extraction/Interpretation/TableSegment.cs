using Sakip.Analytics.Extraction.Tables;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>
/// A run of columns about one thing in a wide table: an entity (sasaran, program, kegiatan), its
/// indicator and its values. "Sasaran | Indikator | Target || Program | Target | Pagu || Kegiatan |
/// Indikator Kegiatan | Target | Pagu" has three.
/// </summary>
internal sealed class TableSegment
{
    private static readonly ColumnRole[] EntityRoles =
        [ColumnRole.Tujuan, ColumnRole.Sasaran, ColumnRole.Program, ColumnRole.Kegiatan, ColumnRole.SubKegiatan, ColumnRole.ProgramOrKegiatan];

    private static readonly ColumnRole[] ValueRoles =
    [
        ColumnRole.Target, ColumnRole.RenstraTarget, ColumnRole.Realization, ColumnRole.Baseline, ColumnRole.Capaian, ColumnRole.SasaranCapaian, ColumnRole.CapaianRenstra,
        ColumnRole.NationalRealization, ColumnRole.Pagu, ColumnRole.BudgetRealisasi, ColumnRole.BudgetPercent,
    ];

    public List<TableColumn> Entity { get; } = [];

    public List<TableColumn> Indicator { get; } = [];

    public List<TableColumn> Values { get; } = [];

    public TableColumn? Satuan { get; set; }

    public TableColumn? Category { get; set; }

    public ColumnRole? EntityRole => Entity.Count > 0 ? Entity[0].Role : null;

    public static List<TableSegment> Split(IReadOnlyList<TableColumn> columns)
    {
        var segments = new List<TableSegment>();
        var current = new TableSegment();
        foreach (var column in columns)
        {
            if (EntityRoles.Contains(column.Role))
            {
                var continues = current.Entity.Count > 0 && current.Entity[^1].Index == column.Index - 1 && current.Entity[^1].Role == column.Role;
                if (!continues && (current.Entity.Count > 0 || current.Indicator.Count > 0))
                {
                    segments.Add(current);
                    current = new TableSegment();
                }

                current.Entity.Add(column);
            }
            else if (column.Role == ColumnRole.Indicator)
            {
                // Values printed before the first name column ("Realisasi | Indikator | Target") still belong to it.
                var continues = current.Indicator.Count > 0 && current.Indicator[^1].Index == column.Index - 1;
                var leadingValues = current.Indicator.Count == 0 && current.Entity.Count == 0;
                if (!continues && !leadingValues && (current.Indicator.Count > 0 || current.Values.Count > 0))
                {
                    segments.Add(current);
                    current = new TableSegment();
                }

                current.Indicator.Add(column);
            }
            else if (ValueRoles.Contains(column.Role))
            {
                current.Values.Add(column);
            }
            else if (column.Role == ColumnRole.Satuan)
            {
                current.Satuan ??= column;
            }
            else if (column.Role == ColumnRole.Category)
            {
                current.Category ??= column;
            }
        }

        segments.Add(current);
        return [.. segments.Where(s => s.Values.Count > 0)];
    }
}
