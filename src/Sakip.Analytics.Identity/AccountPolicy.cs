namespace Sakip.Analytics.Identity;

/// <summary>The password and lockout rules every account follows.</summary>
public static class AccountPolicy
{
    public const int MinimumPasswordLength = 12;

    public const int MinimumUniqueCharacters = 5;

    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
}
