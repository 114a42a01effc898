using System.Text.RegularExpressions;

namespace Sakip.Analytics.Extraction.Tables;

internal static partial class ColumnClassifier
{
    /// <summary>"No", "Nomor", "No urut" (as a name key): the heading of the column numbering the rows.</summary>
    internal static bool IsRowNumberHeading(string key) => key is "no" or "nomor" or "no urut";

    private static ColumnRole? ByWords(string part, string all)
    {
        if (IsRowNumberHeading(part))
        {
            return ColumnRole.RowNumber;
        }

        // "2022: T | R | %" and "Target: 2022 | ...": under a group, a lone letter abbreviates target, realisasi or capaian.
        // Alone ("No | Indikator | T | R | %"), only T and R: a lone C or K heads other things.
        if (part.Length == 1 && (all.Length > 1 || part is "t" or "r") && SingleLetterRole(part) is { } abbreviated)
        {
            return abbreviated;
        }

        if (part.StartsWith("kode", StringComparison.Ordinal))
        {
            return ColumnRole.Code;
        }

        if (part.StartsWith("satuan", StringComparison.Ordinal))
        {
            return ColumnRole.Satuan;
        }

        if (Has(part, "perencanaan") && !Has(part, "dokumen"))
        {
            return ColumnRole.AkipPerencanaan;
        }

        if (Has(part, "pengukuran"))
        {
            return ColumnRole.AkipPengukuran;
        }

        if (Has(part, "pelaporan"))
        {
            return ColumnRole.AkipPelaporan;
        }

        // "Total Realisasi" after quarterly columns is the money spent in the year, not a score's total.
        if (part.StartsWith("total", StringComparison.Ordinal) && !part.StartsWith("total realisasi", StringComparison.Ordinal)
            || part is "nilai akhir" or "nilai akip" or "jumlah nilai")
        {
            return ColumnRole.Total;
        }

        if (Has(part, "evaluasi") && (Has(part, "internal") || Has(part, "akuntabilitas")))
        {
            return ColumnRole.AkipEvaluasi;
        }

        if (part.StartsWith("pencapaian sasaran", StringComparison.Ordinal) || part.StartsWith("capaian kinerja organisasi", StringComparison.Ordinal))
        {
            return ColumnRole.AkipCapaian;
        }

        if (part.StartsWith("aspek", StringComparison.Ordinal) || part.StartsWith("komponen", StringComparison.Ordinal))
        {
            return ColumnRole.AkipComponentName;
        }

        if (part.StartsWith("unsur", StringComparison.Ordinal))
        {
            return ColumnRole.IkmElement;
        }

        // "NRR Tertimbang", "NRR x Bobot": each element's score times its weight.
        if (Has(part, "tertimbang") || Has(part, "tertibang") || part.StartsWith("nrr", StringComparison.Ordinal) && Has(part, "bobot"))
        {
            return ColumnRole.NrrWeighted;
        }

        if (part.StartsWith("nrr", StringComparison.Ordinal) || part.StartsWith("nilai rata", StringComparison.Ordinal) || part.StartsWith("nilai unsur", StringComparison.Ordinal))
        {
            return ColumnRole.Nrr;
        }

        if (part.StartsWith("interval", StringComparison.Ordinal) || part == "skor" || part.StartsWith("rentang", StringComparison.Ordinal)
            || part.StartsWith("nilai interval", StringComparison.Ordinal))
        {
            return ColumnRole.ScaleRange;
        }

        // "Target Tujuan PD" over "Awal | Akhir": where the plan starts from and the end target it aims at.
        if (BaselineWords().IsMatch(part) || part == "awal" && Has(all, "target"))
        {
            return ColumnRole.Baseline;
        }

        if (part == "akhir" && Has(all, "target"))
        {
            return ColumnRole.RenstraTarget;
        }

        // "Formula Indikator Tujuan PD", "Cara Pengukuran Indikator": how an indicator is worked out, not its name.
        if (FormulaWords().IsMatch(part))
        {
            return ColumnRole.Ignore;
        }

        // "Kondisi Kinerja pada Akhir Periode Renstra": the condition the plan aims at, its last target.
        if (EndConditionWords().IsMatch(part))
        {
            return ColumnRole.RenstraTarget;
        }

        if (part.StartsWith("tingkat kemajuan", StringComparison.Ordinal))
        {
            return ColumnRole.CapaianRenstra;
        }

        if (Has(part, "capaian") && (Has(part, "renstra") || Has(part, "s d") && !UpToQuarter().IsMatch(part) || Has(part, "akhir periode") || Has(part, "jangka menengah"))
            || CapaianOfEndTarget().IsMatch(part))
        {
            return ColumnRole.CapaianRenstra;
        }

        if (Has(part, "target") && (Has(part, "renstra") || Has(part, "akhir") || Has(part, "jangka menengah")))
        {
            return ColumnRole.RenstraTarget;
        }

        if (part.StartsWith("target", StringComparison.Ordinal))
        {
            return ColumnRole.Target;
        }

        if (Has(part, "indikator") || part.StartsWith("iku", StringComparison.Ordinal))
        {
            return ColumnRole.Indicator;
        }

        if (part.StartsWith("anggaran", StringComparison.Ordinal) || part.StartsWith("pagu", StringComparison.Ordinal)
            || part.StartsWith("jumlah anggaran", StringComparison.Ordinal) || part.StartsWith("alokasi", StringComparison.Ordinal) || DpaWords().IsMatch(part)
            || part.StartsWith("apbd", StringComparison.Ordinal))
        {
            return ColumnRole.Pagu;
        }

        // "SP2D (Rp)": the payment orders issued, the money spent.
        if (part.StartsWith("realisasi", StringComparison.Ordinal) || part.StartsWith("jumlah realisasi", StringComparison.Ordinal) || part.StartsWith("sp2d", StringComparison.Ordinal)
            || part.StartsWith("total realisasi", StringComparison.Ordinal))
        {
            return ColumnRole.Realization;
        }

        if (SasaranCapaianWords().IsMatch(part))
        {
            return ColumnRole.SasaranCapaian;
        }

        if (Has(part, "capaian") || Has(part, "pencapaian") || Has(part, "persentase") || Has(part, "prosentase") || part == "%" || part.StartsWith("persen", StringComparison.Ordinal))
        {
            return ColumnRole.Capaian;
        }

        return ByEntityWords(part);
    }

    /// <summary>
    /// "Rencana", "Rencana Kinerja Tahun", "Rencana Akhir Renstra", "Rencana Tingkat Capaian": the figure planned is the
    /// target, and its label is read as "Target ..."; a plan of actions, of work or of spending keeps its words.
    /// </summary>
    private static string PlannedAsTarget(string part) => PlanOfOtherThings().IsMatch(part) ? part : PlannedFigure().Replace(part, "target");

    /// <summary>
    /// "Tgt | Real. | Cap. (%)", "Sat.", "REAL." over "PEGAWAI | ... | TOTAL": the short forms of narrow tables, read as
    /// the words they stand for wherever they stand in a header.
    /// </summary>
    private static string WithShortFormsWritten(string part) =>
        string.Join(' ', part.Split(' ').Select(word => word switch
        {
            "tgt" or "trgt" or "trg" => "target",
            "real" or "rlsi" => "realisasi",
            "cap" or "capai" => "capaian",
            "sat" => "satuan",
            _ => word,
        }));

    private static ColumnRole? SingleLetterRole(string letter) => letter switch
    {
        "t" => ColumnRole.Target,
        "r" => ColumnRole.Realization,
        "c" or "k" => ColumnRole.Capaian,
        _ => null,
    };

    // "Capaian s/d Triwulan IV", "s.d. Desember": up to the end of a period of the year, not of the plan.
    [GeneratedRegex(@"\bs d (triwulan|tw|bulan|semester|desember)\b")]
    private static partial Regex UpToQuarter();

    // "DPA", "DPPA (Rp)": the budget document's pagu.
    [GeneratedRegex(@"^(dpa|dppa)( rp)?$")]
    private static partial Regex DpaWords();

    // "Kondisi Awal", "Kondisi Kinerja Awal RPJMD", "Kondisi Kinerja pada Awal Periode Renstra", "Baseline".
    [GeneratedRegex(@"^(kondisi (kinerja )?(pada )?awal|baseline|base line)\b")]
    private static partial Regex BaselineWords();

    [GeneratedRegex(@"^(formula|formulasi|rumus|cara (perhitungan|pengukuran|menghitung)|definisi|alasan)\b")]
    private static partial Regex FormulaWords();

    [GeneratedRegex(@"^kondisi (kinerja )?(pada )?akhir\b")]
    private static partial Regex EndConditionWords();

    // "Rencana", "Rencana Tingkat Capaian" as the start of a label.
    [GeneratedRegex(@"^rencana( tingkat capaian)?\b")]
    private static partial Regex PlannedFigure();

    // A plan of actions, of work, of spending or of the organisation: "Rencana Aksi", "Rencana Tindak Lanjut", "Rencana Anggaran".
    [GeneratedRegex(@"^rencana (aksi|tindak|kegiatan|program|anggaran|keuangan|dana|kerja|strategis|strategi|pembangunan|umum|induk|pelaksanaan|penarikan|belanja|pendapatan|pengembangan|perbaikan|kebutuhan|pengadaan)\b")]
    private static partial Regex PlanOfOtherThings();

    // "Tingkat Capaian terhadap Target Akhir (%)": the capaian comes first, the end target is what it is measured against.
    [GeneratedRegex(@"\bcapaian\b.*\btarget akhir\b")]
    private static partial Regex CapaianOfEndTarget();

    [GeneratedRegex(@"^(persen |persentase )?(rata rata )?capaian (kinerja )?sasaran( strategis)?( persen)?$")]
    private static partial Regex SasaranCapaianWords();
}
