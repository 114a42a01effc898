namespace Sakip.Analytics.Application.Dashboards.Parameters;

/// <summary>The kinds of dashboard parameter; each has its own parsing, default tokens and form control.</summary>
public enum ParameterType
{
    /// <summary>A year with data in the tenant. Defaults: a year, "latest", "first", "latest-N".</summary>
    Year,

    /// <summary>One unit slug. Default "reporting": the unit with the most facts (the one whose report was loaded).</summary>
    Unit,

    /// <summary>Several unit slugs (repeated or comma-separated). Default "" (none: the query chooses) or "same-kind".</summary>
    Units,

    /// <summary>A unit-kind filter: "semua", a group (kecamatan, dinas-badan, sekretariat, lainnya) or a kind.</summary>
    UnitKind,

    /// <summary>One measure key from the measure catalog.</summary>
    Measure,

    /// <summary>Several measure keys.</summary>
    Measures,

    /// <summary>An indicator name, matched case-insensitively.</summary>
    Indicator,
}
