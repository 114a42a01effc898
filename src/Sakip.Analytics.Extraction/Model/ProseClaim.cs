namespace Sakip.Analytics.Extraction.Model;

/// <summary>
/// A statement the prose makes about figures printed in the tables ("kedua indikator diatas
/// target", "penyerapan semuanya di atas 95%"), kept so the audit can check it against them.
/// </summary>
public abstract record ProseClaim(SourceRef Source, string Sentence);

/// <summary>
/// "seluruh indikator mencapai target", "sebanyak 2 (dua) indikator capaian diatas target": how many
/// sasaran indicators reached their target in the report year (null: all of them), and whether the
/// sentence says they passed it ("diatas", "melampaui") rather than reached it.
/// </summary>
public sealed record AttainmentClaim(SourceRef Source, string Sentence, int? Count, bool Exceeded) : ProseClaim(Source, Sentence);

/// <summary>"Nilai AKIP tahun 2019 sampai dengan tahun 2022 telah memenuhi target": every year of the range on target.</summary>
public sealed record StreakClaim(SourceRef Source, string Sentence, string Indicator, int FromYear, int ToYear) : ProseClaim(Source, Sentence);

/// <summary>"IKM selalu meningkat setiap tahun": the realizations (or, when the sentence says so, the targets) rise or fall from each year to the next.</summary>
public sealed record TrendClaim(SourceRef Source, string Sentence, string Indicator, bool Rising, bool OfTargets, int? FromYear, int? ToYear) : ProseClaim(Source, Sentence);

/// <summary>"penyerapan anggaran program semuanya di atas 95%": every line of the budget table above it not below the threshold.</summary>
public sealed record AbsorptionClaim(SourceRef Source, string Sentence, decimal Threshold) : ProseClaim(Source, Sentence);

/// <summary>One share a sentence states: the budget line it names or the amount it prints, and the percentage.</summary>
public sealed record SharePart(string? Label, decimal? Amount, decimal Percent);

/// <summary>
/// "Belanja Operasi sebesar 82% dan Belanja Modal sebesar 18%" (shares of their sum) or "Rp 2.857.294.000
/// ... sebesar 75% dari keseluruhan belanja langsung" (a share of the whole the sentence names).
/// </summary>
public sealed record ShareClaim(SourceRef Source, string Sentence, IReadOnlyList<SharePart> Parts, string? Whole) : ProseClaim(Source, Sentence);

/// <summary>"sebanyak 4 (empat) kegiatan yaitu:" and the lines of the items listed after it.</summary>
public sealed record CountClaim(SourceRef Source, string Sentence, int Count, string Noun, IReadOnlyList<int> ListedLines) : ProseClaim(Source, Sentence);

/// <summary>
/// "rata-rata capaian sasaran 1 sebesar 98,50%", "Capaian sasaran Meningkatnya ... rata-rata sebesar 102,75%": the mean
/// capaian the prose gives a sasaran (by number, or by the words naming it in <see cref="Sentence"/>), or all the IKU
/// (<see cref="SasaranNumber"/> null and <see cref="OfSasaran"/> false).
/// </summary>
public sealed record AverageClaim(SourceRef Source, string Sentence, bool OfSasaran, int? SasaranNumber, decimal Value, string Text) : ProseClaim(Source, Sentence);

/// <summary>
/// "Selama tahun 2023 terjadi 57 kejadian kebakaran": a total of things the prose states (of <see cref="Year"/> when the sentence
/// names one), for the audit to hold to the JUMLAH of a table counting the same things.
/// </summary>
public sealed record TotalClaim(SourceRef Source, string Sentence, decimal Value, string Text, string Noun, int? Year) : ProseClaim(Source, Sentence);

/// <summary>"Nilai IKM tahun 2023 sebesar 85,37": the survey result the prose states for the report's unit, of <see cref="Year"/> when it names one.</summary>
public sealed record IkmClaim(SourceRef Source, string Sentence, decimal Value, string Text, int? Year) : ProseClaim(Source, Sentence);

/// <summary>
/// "diperoleh dari 23 orang yang dievakuasi dibandingkan 25 orang korban, sehingga diperoleh 96,00%": a percentage the prose
/// works out from two counts it gives, for the audit to recompute.
/// </summary>
public sealed record RatioClaim(SourceRef Source, string Sentence, decimal Part, decimal Whole, decimal Percent, string PercentText) : ProseClaim(Source, Sentence);
