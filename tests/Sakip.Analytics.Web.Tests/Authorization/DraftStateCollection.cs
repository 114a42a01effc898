namespace Sakip.Analytics.Web.Tests.Authorization;

/// <summary>The tests that read the two-tenant draft state; none of them changes it.</summary>
[CollectionDefinition(Name)]
public sealed class DraftStateCollection : ICollectionFixture<DraftStateFixture>
{
    public const string Name = "draft state";
}
