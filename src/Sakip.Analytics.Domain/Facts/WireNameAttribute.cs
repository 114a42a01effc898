namespace Sakip.Analytics.Domain.Facts;

/// <summary>Overrides the snake_case slug of an enum member where the field has an established name.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class WireNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
