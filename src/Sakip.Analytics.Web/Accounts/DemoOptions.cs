namespace Sakip.Analytics.Web.Accounts;

/// <summary>Bound from the "Demo" section.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>
    /// Create a pimpinan, perencana and operator account for each demo tenant in the store, with random
    /// passwords printed once. Unset, it follows Store:LoadDemoDataWhenEmpty.
    /// </summary>
    public bool? Accounts { get; set; }
}
