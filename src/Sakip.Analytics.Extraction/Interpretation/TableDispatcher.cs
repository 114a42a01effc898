using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tables;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>Sends a table to the reader its columns and rows call for (a table of none keeps its JUMLAH rows for the audit); any table may also print a scale.</summary>
internal static class TableDispatcher
{
    public static void Read(TextTable table, IReadOnlyList<ReportLine> pageLines, ReadingContext context)
    {
        if (IkmTableReader.CanRead(table))
        {
            IkmTableReader.Read(table, pageLines, context);
        }
        else if (IkmPeriodRowsReader.CanRead(table))
        {
            IkmPeriodRowsReader.Read(table, context);
        }
        else if (AkipYearRowsReader.CanRead(table) || IkmYearRowsReader.CanRead(table))
        {
            // One history may print both, a year per row: "Tahun | Nilai AKIP | Predikat | Nilai IKM | Mutu".
            if (AkipYearRowsReader.CanRead(table))
            {
                AkipYearRowsReader.Read(table, pageLines, context);
            }

            if (IkmYearRowsReader.CanRead(table))
            {
                IkmYearRowsReader.Read(table, context);
            }
        }
        else if (IkmResultRowReader.CanRead(table))
        {
            IkmResultRowReader.Read(table, context);
        }
        else if (AkipRecapReader.CanRead(table))
        {
            AkipRecapReader.Read(table, pageLines, context);
        }
        else if (IkmServicesReader.CanRead(table))
        {
            IkmServicesReader.Read(table, context);
        }
        else if (UnitRowsReader.CanRead(table, context))
        {
            UnitRowsReader.Read(table, context);
        }
        else if (IndicatorColumnsReader.CanRead(table, context))
        {
            IndicatorColumnsReader.Read(table, context);
        }
        else if (AkipRowsReader.CanRead(table))
        {
            AkipRowsReader.Read(table, pageLines, context);
        }
        else if (AkipYearColumnsReader.CanRead(table))
        {
            AkipYearColumnsReader.Read(table, pageLines, context);
        }
        else if (InputOutputBoxReader.CanRead(table))
        {
            InputOutputBoxReader.Read(table, pageLines, context);
        }
        else if (IndicatorYearRowsReader.CanRead(table, context))
        {
            IndicatorYearRowsReader.Read(table, context);
        }
        else if (IndicatorKindRowsReader.CanRead(table))
        {
            IndicatorKindRowsReader.Read(table, context);
        }
        else if (IndicatorTableReader.CanRead(table))
        {
            IndicatorTableReader.Read(table, context);
            if (!table.Columns.Any(c => c.Role is ColumnRole.Target or ColumnRole.Realization or ColumnRole.RenstraTarget))
            {
                // A capaian with no target or realization beside it, only the counts it divides (an SPM's to serve and served).
                ColumnSharesReader.Read(table, context);
            }
        }
        else if (BudgetKindRowsReader.CanRead(table))
        {
            BudgetKindRowsReader.Read(table, context);
        }
        else if (BudgetTableReader.CanRead(table))
        {
            BudgetTableReader.Read(table, pageLines, context);
        }
        else
        {
            ColumnTotalsReader.Read(table, context);
            ColumnSharesReader.Read(table, context);
        }

        ScaleTableReader.Read(table, context);
    }
}
