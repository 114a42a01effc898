using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Tables;

/// <summary>
/// Gives a table its columns: header words per column, a role for each, then the rules that need
/// the whole header (a second "Realisasi (%)" is the capaian; many yearly targets are Renstra targets).
/// </summary>
internal static partial class TableAnalyzer
{
    private static readonly ColumnRole[] TextRoles =
    [
        ColumnRole.Indicator, ColumnRole.Sasaran, ColumnRole.Tujuan, ColumnRole.Program, ColumnRole.Kegiatan,
        ColumnRole.SubKegiatan, ColumnRole.ProgramOrKegiatan, ColumnRole.Name, ColumnRole.Unit, ColumnRole.IkmElement,
        ColumnRole.AkipComponentName,
    ];

    public static void Analyze(TextTable table, int reportYear, int? renstraEnd = null, int? renstraBaseline = null)
    {
        var width = table.HeaderRows.Concat(table.DataRows).Max(r => r.Cells.Count);
        var labels = ColumnLabels.Build(table.HeaderRows, width);
        var columns = new List<TableColumn>();
        for (var i = 0; i < width; i++)
        {
            var marked = labels[i].Select(l => l.Replace("%", " persen ", StringComparison.Ordinal)).ToList();
            var (role, year) = ColumnClassifier.Classify(marked);
            columns.Add(new TableColumn(i, labels[i], role, year));
        }

        InheritUnlabeled(table, columns);
        RelativeYears(columns, reportYear);
        LastQuarterAloneIsRealization(columns);
        RealizationBetweenTargetAndCapaian(table, columns);
        LastOfQuartersBeforeCapaian(table, columns);
        NumberedPlanYears(columns, renstraEnd);
        DanglingPlanYears(columns, renstraEnd);
        AmountsRightOfCurrency(table, columns);
        EntityFromGroup(columns);
        BudgetContext(columns);
        PercentAfterMoneyIsBudgetPercent(columns);
        AbsorptionInRupiahIsRealisasi(table, columns);
        SecondRealizationIsCapaian(columns);
        CapaianBeforePercentIsRealization(columns);
        YearColumnsNamedByCaption(table, columns, reportYear);
        CapaianOfYearIsRealization(columns);
        CapaianTakesYearOfItsRealization(columns);
        RenstraTargets(table, columns, reportYear);
        CapaianAgainstEndTarget(columns, reportYear);
        BaselineYear(columns, renstraBaseline);
        MeasuredNamesAreIndicators(table, columns);
        LoneSasaranCapaian(columns);
        AkipCapaianAmongComponents(columns);
        table.Columns = columns;
        table.Convention = NumberConventions.Of(table.DataRows.SelectMany(r => r.Cells));
    }

    // "Realisasi Tahun Lalu | Realisasi Tahun Ini", "Realisasi (N-1) | Realisasi (N)": years named relative to the report's.
    private static void RelativeYears(List<TableColumn> columns, int reportYear)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Year is not null || column.Role is not (ColumnRole.Target or ColumnRole.Realization or ColumnRole.Capaian))
            {
                continue;
            }

            var key = NameKey.Of(column.Label);
            var year = LastYearWords().IsMatch(key) ? reportYear - 1 : ThisYearWords().IsMatch(key) ? reportYear : (int?)null;
            if (year is not null)
            {
                columns[i] = column with { Year = year };
            }
        }
    }

    // A column whose header cell is merged with its left neighbour's ("INDIKATOR KINERJA" over "a" and
    // the name) has no words of its own: it continues that text column.
    private static void InheritUnlabeled(TextTable table, List<TableColumn> columns)
    {
        for (var i = 1; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Role != ColumnRole.Unknown || column.Labels.Any(l => l.Length > 0))
            {
                continue;
            }

            var left = columns[i - 1];
            var cells = table.DataRows.Select(r => table.Cell(r, i)).Where(c => c.Length > 0).ToList();
            if (cells.Count > 0 && TextRoles.Contains(left.Role) && cells.Count(c => !RowShapes.IsDataNumber(c)) * 2 > cells.Count)
            {
                columns[i] = column with { Role = left.Role, Labels = left.Labels };
            }
        }
    }

    private static readonly ColumnRole[] AkipComponentRoles =
        [ColumnRole.AkipPerencanaan, ColumnRole.AkipPengukuran, ColumnRole.AkipPelaporan, ColumnRole.AkipEvaluasi];

    // "Tahun | Perencanaan | Pengukuran | Pelaporan | Evaluasi Internal | Capaian Kinerja | Nilai Akhir": beside
    // the other AKIP components, a capaian column is the fifth component (PermenPANRB 12/2015), not an indicator's capaian.
    private static void AkipCapaianAmongComponents(List<TableColumn> columns)
    {
        if (AkipComponentRoles.Count(role => columns.Exists(c => c.Role == role)) < 3 || columns.Exists(c => c.Role == ColumnRole.AkipCapaian))
        {
            return;
        }

        var capaian = columns.FindIndex(c => c.Role == ColumnRole.Capaian);
        if (capaian >= 0)
        {
            columns[capaian] = columns[capaian] with { Role = ColumnRole.AkipCapaian };
        }
    }

    // "TUJUAN OPD / Uraian", "PROGRAM / Uraian": the entity is in the group, the bottom word says "name".
    private static void EntityFromGroup(List<TableColumn> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Role != ColumnRole.Name || column.Labels.Count < 2)
            {
                continue;
            }

            var (groupRole, _) = ColumnClassifier.Classify([column.Group]);
            if (groupRole is ColumnRole.Tujuan or ColumnRole.Sasaran or ColumnRole.Program or ColumnRole.Kegiatan or ColumnRole.SubKegiatan)
            {
                columns[i] = column with { Role = groupRole };
            }
        }
    }

    // In a budget table "Realisasi" and "%" are money and penyerapan, not an indicator's realization and capaian.
    private static void BudgetContext(List<TableColumn> columns)
    {
        var hasPagu = columns.Any(c => c.Role == ColumnRole.Pagu);
        var hasIndicatorValues = columns.Any(c => c.Role is ColumnRole.Indicator or ColumnRole.Target or ColumnRole.RenstraTarget);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var moneyGroup = MoneyGroup().IsMatch(NameKey.Of(column.Group)) && !ColumnClassifier.NamesFigureAndMoney(NameKey.Of(column.Group));
            var budget = moneyGroup || (hasPagu && !hasIndicatorValues && !NamesKinerja(column));
            if (!budget)
            {
                continue;
            }

            columns[i] = column.Role switch
            {
                ColumnRole.Realization => column with { Role = ColumnRole.BudgetRealisasi },
                ColumnRole.Capaian => column with { Role = ColumnRole.BudgetPercent },
                _ => column,
            };
        }
    }

    // "Alokasi Dana | Penyerapan Dana | Persentase Penyerapan": an absorption column holding rupiah amounts is the money
    // spent, when no other column is.
    private static void AbsorptionInRupiahIsRealisasi(TextTable table, List<TableColumn> columns)
    {
        if (columns.Exists(c => c.Role == ColumnRole.BudgetRealisasi) || !columns.Exists(c => c.Role == ColumnRole.Pagu))
        {
            return;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            var figures = table.DataRows.Select(r => CellValue.TryParse(table.Cell(r, i), out var v) ? v : null).Where(v => v is { Number: not null }).ToList();
            if (columns[i].Role == ColumnRole.BudgetPercent && figures.Count > 0 && figures.TrueForAll(v => !v!.IsPercent && v.Number >= MinRupiah))
            {
                columns[i] = columns[i] with { Role = ColumnRole.BudgetRealisasi };
                return;
            }
        }
    }

    private const decimal MinRupiah = 1000m;

    // "Kinerja" over the column or in its own label ("Capaian Kinerja (%)" beside the pagu in an efficiency
    // table): the indicators' achievement, not the money's.
    private static bool NamesKinerja(TableColumn column) =>
        KinerjaGroup().IsMatch(NameKey.Of(column.Group)) || column.Labels.Any(l => KinerjaGroup().IsMatch(NameKey.Of(l)));

    // "Target | Realisasi | Capaian (%) | Pagu Anggaran | Realisasi Anggaran | %": a bare "%" (or "Persentase")
    // right after the money spent is its share of the pagu, not a second capaian of the indicator.
    private static void PercentAfterMoneyIsBudgetPercent(List<TableColumn> columns)
    {
        for (var i = 1; i < columns.Count; i++)
        {
            if (columns[i].Role == ColumnRole.Capaian && columns[i - 1].Role == ColumnRole.BudgetRealisasi
                && BarePercent().IsMatch(NameKey.Of(columns[i].Labels.LastOrDefault(l => l.Length > 0)?.Replace("%", " persen ", StringComparison.Ordinal))))
            {
                columns[i] = columns[i] with { Role = ColumnRole.BudgetPercent };
            }
        }
    }

    // "TAHUN 2022: TARGET (%) | REALISASI TAHUN 2022 (%) | REALISASI (%)": the second realization in a
    // group, printed as a percentage, is the realization as a share of the target.
    private static void SecondRealizationIsCapaian(List<TableColumn> columns)
    {
        for (var i = 1; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Role != ColumnRole.Realization || !NameKey.Of(column.Labels[^1].Replace("%", " persen ", StringComparison.Ordinal)).Contains("persen", StringComparison.Ordinal))
            {
                continue;
            }

            var earlier = columns.Take(i).LastOrDefault(c => c.Role == ColumnRole.Realization && c.Group == column.Group);
            if (earlier is not null && !YearIn().IsMatch(column.Labels[^1]))
            {
                columns[i] = column with { Role = ColumnRole.Capaian, Year = column.Year ?? earlier.Year };
            }
        }
    }

    // "Perbandingan Realisasi Kinerja Tahun 2019-2023" over "Indikator | 2019 | ... | 2023": bare years beside the
    // indicators hold what the caption names, the realizations (or the targets) of each year. Beside only the
    // end target of the plan and the progress towards it ("Target Akhir Renstra 2024 | Capaian s/d 2023"), the
    // years are the realizations that progress is measured from, whatever else the caption names. So are years up to the
    // report's beside the end target alone, where the caption compares them ("Perbandingan Kinerja Tahun 2021-2023") or
    // names what they are; under a plan's caption ("Target Kinerja Renstra") they may be its yearly targets.
    private static void YearColumnsNamedByCaption(TextTable table, List<TableColumn> columns, int reportYear)
    {
        if (!columns.Exists(c => c.Role == ColumnRole.Indicator) || columns.Count(c => c.Role == ColumnRole.YearValue) < 2
            || columns.Exists(c => c.Role is ColumnRole.Realization or ColumnRole.Capaian || c.Role == ColumnRole.Target && !IsPastReport(c, reportYear)))
        {
            return;
        }

        var context = NameKey.Of(table.Context);
        // "Target 2026" beyond the report year, alone, is the end target too.
        var besideEndTarget = columns.Exists(c => c.Role == ColumnRole.RenstraTarget) || columns.Count(c => c.Role == ColumnRole.Target) == 1;
        if (besideEndTarget && columns.Exists(c => c.Role == ColumnRole.Baseline) && PlanTargets().IsMatch(context))
        {
            // "Kondisi Awal | 2021 .. 2026 | Kondisi Akhir" under "Target Renstra": between the baseline and the end, the plan's
            // target for each year.
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Role == ColumnRole.YearValue)
                {
                    columns[i] = columns[i] with { Role = ColumnRole.RenstraTarget };
                }
            }

            return;
        }

        if (besideEndTarget && !columns.Exists(c => c.Role == ColumnRole.CapaianRenstra) && !(YearsUpTo(columns, reportYear) && ComparesYears().IsMatch(context)))
        {
            return;
        }

        var realization = besideEndTarget || Has(context, "realisasi");
        var target = !besideEndTarget && Has(context, "target");
        if (realization == target)
        {
            return;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Role == ColumnRole.YearValue)
            {
                columns[i] = columns[i] with { Role = realization ? ColumnRole.Realization : ColumnRole.Target };
            }
        }
    }

    private static bool IsPastReport(TableColumn column, int reportYear) => column.Year > reportYear;

    private static bool YearsUpTo(List<TableColumn> columns, int reportYear) =>
        columns.Where(c => c.Role == ColumnRole.YearValue).All(c => c.Year <= reportYear);

    private static bool Has(string key, string word) => (" " + key + " ").Contains(" " + word + " ", StringComparison.Ordinal);

    // "Capaian 2019 | Capaian 2020 | 2022: Target Realisasi %Capaian": a bare "Capaian <year>" beside
    // explicit realization columns of other years holds that year's realization.
    private static void CapaianOfYearIsRealization(List<TableColumn> columns)
    {
        var hasRealization = columns.Any(c => c.Role == ColumnRole.Realization);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var bottom = NameKey.Of(column.Labels.LastOrDefault(l => l.Length > 0));
            if (column.Role != ColumnRole.Capaian || column.Year is not { } year || !BareCapaianOfYear().IsMatch(bottom) || MarksPercent(column))
            {
                // "Capaian 2023 (%)" is a capaian whatever stands beside it.
                continue;
            }

            if (hasRealization && !columns.Any(c => c.Role == ColumnRole.Realization && c.Year == year))
            {
                columns[i] = column with { Role = ColumnRole.Realization };
            }
        }
    }

    // Targets for three or more years form a Renstra matrix, unless each year's target stands beside
    // that year's realization ("Tahun 2022: Target | Realisasi | Capaian"): then they are the yearly
    // PK targets measured one year after another. So are the targets of units compared row by row
    // ("Perangkat Daerah | Target 2022..2024 | Realisasi 2022..2024"): another unit's targets are not
    // this unit's Renstra. A target without a year beside a target for the report year is the
    // Renstra target ("Target Indikator" next to "2023: Target").
    private static void RenstraTargets(TextTable table, List<TableColumn> columns, int reportYear)
    {
        var targets = columns.Where(c => c.Role == ColumnRole.Target).ToList();
        var renstraContext = RenstraWords().IsMatch(NameKey.Of(table.Context));
        var measuredYearByYear = !renstraContext && targets.Count > 0 && targets.All(t => t.Year is not null && NextColumn(columns, t) is { Role: ColumnRole.Realization } next && next.Year == t.Year);
        var unitsCompared = !renstraContext && targets.Count > 0 && columns.Any(c => c.Role == ColumnRole.Unit)
            && targets.All(t => t.Year is not null && columns.Any(c => c.Role == ColumnRole.Realization && c.Year == t.Year));
        var years = measuredYearByYear || unitsCompared ? 0 : targets.Where(c => c.Year is not null).Select(c => c.Year).Distinct().Count();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Role != ColumnRole.Target)
            {
                continue;
            }

            if (years >= 3 && column.Year is not null || renstraContext && years >= 2 && column.Year is not null)
            {
                columns[i] = column with { Role = ColumnRole.RenstraTarget };
            }
            else if (column.Year is null && targets.Any(c => c.Year == reportYear))
            {
                columns[i] = column with { Role = ColumnRole.RenstraTarget, Year = reportYear };
            }
            else if (column.Year > reportYear)
            {
                // A report measures its own year's agreement: a target of a later year is the plan's.
                columns[i] = column with { Role = ColumnRole.RenstraTarget };
            }
        }
    }

    // "Target Akhir Renstra (2026) | Realisasi 2023 | Tingkat Capaian (%)": with no target of the year beside it,
    // the capaian measures the realization against the end of the plan.
    private static void CapaianAgainstEndTarget(List<TableColumn> columns, int reportYear)
    {
        var renstra = columns.Where(c => c.Role == ColumnRole.RenstraTarget).ToList();
        var onlyEndTargets = renstra.Count > 0 && !columns.Any(c => c.Role == ColumnRole.Target)
            && renstra.TrueForAll(c => c.Year > reportYear || c.Year is null && NameKey.Of(c.Label).Contains("akhir", StringComparison.Ordinal));
        if (!onlyEndTargets || !columns.Any(c => c.Role == ColumnRole.Realization))
        {
            return;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] is { Role: ColumnRole.Capaian } column && (column.Year is null || column.Year == reportYear))
            {
                columns[i] = column with { Role = ColumnRole.CapaianRenstra };
            }
        }
    }

    // The condition at the start of a plan is the realization of the year its header names ("Kondisi
    // Awal (2020)"), else of the year before the first yearly target. Beside only the year's agreement
    // target ("Kondisi Awal | Target 2023 | Kondisi Akhir") it is the start of the Renstra the report cites.
    private static void BaselineYear(List<TableColumn> columns, int? renstraBaseline)
    {
        var firstTargetYear = columns.Where(c => c.Role is ColumnRole.Target or ColumnRole.RenstraTarget && c.Year is not null).Min(c => c.Year);
        var onlyTheYearsAgreement = columns.Count(c => c.Role == ColumnRole.Target && c.Year is not null) == 1
            && !columns.Exists(c => c.Role == ColumnRole.RenstraTarget && c.Year is not null);
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] is { Role: ColumnRole.Baseline, Year: null } column && firstTargetYear is { } first)
            {
                var year = onlyTheYearsAgreement && renstraBaseline is { } start && start < first - 1 ? start : first - 1;
                columns[i] = column with { Year = year };
            }
        }
    }

    // "Capaian Sasaran" is the sasaran's own capaian beside its indicators' capaian; printed as the
    // only capaian beside indicator rows, it is theirs.
    private static void LoneSasaranCapaian(List<TableColumn> columns)
    {
        if (columns.Any(c => c.Role == ColumnRole.Capaian) || !columns.Any(c => c.Role == ColumnRole.Indicator))
        {
            return;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Role == ColumnRole.SasaranCapaian)
            {
                columns[i] = columns[i] with { Role = ColumnRole.Capaian };
            }
        }
    }

    private static TableColumn? NextColumn(List<TableColumn> columns, TableColumn column)
    {
        var index = columns.IndexOf(column);
        return index >= 0 && index + 1 < columns.Count ? columns[index + 1] : null;
    }

    [GeneratedRegex(@"\b(tahun lalu|tahun sebelumnya|n 1)$")]
    private static partial Regex LastYearWords();

    [GeneratedRegex(@"\b(tahun ini|tahun berjalan|n)$")]
    private static partial Regex ThisYearWords();

    [GeneratedRegex(@"^(persen|persentase|prosentase)$")]
    private static partial Regex BarePercent();

    // "Tahun Anggaran 2023" over "Target | Realisasi | %" names a year, not money.
    [GeneratedRegex(@"\b(keuangan|(?<!\btahun )anggaran|pagu)\b")]
    private static partial Regex MoneyGroup();

    [GeneratedRegex(@"\bkinerja\b")]
    private static partial Regex KinerjaGroup();

    [GeneratedRegex(@"\b(target|renstra|rencana strategis|jangka menengah)\b")]
    private static partial Regex PlanTargets();

    [GeneratedRegex(@"(19|20)\d\d")]
    private static partial Regex YearIn();

    [GeneratedRegex(@"\b(realisasi|capaian|perbandingan)\b")]
    private static partial Regex ComparesYears();

    [GeneratedRegex(@"^capaian (tahun |th )?(19|20)\d\d$")]
    private static partial Regex BareCapaianOfYear();

    [GeneratedRegex(@"\b(renstra|rencana strategis|jangka menengah)\b")]
    private static partial Regex RenstraWords();
}
