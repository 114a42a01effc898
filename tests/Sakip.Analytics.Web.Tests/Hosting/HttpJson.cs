using System.Net.Http.Json;
using System.Text.Json;

namespace Sakip.Analytics.Web.Tests.Hosting;

/// <summary>Small helpers to read the API's JSON.</summary>
public static class HttpJson
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} returned {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static IEnumerable<JsonElement> Rows(this JsonElement result) => result.GetProperty("rows").EnumerateArray();

    public static JsonElement Row(this JsonElement result, Func<JsonElement, bool> predicate) =>
        result.Rows().Single(predicate);

    public static string? Text(this JsonElement row, string key) =>
        row.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static decimal? Number(this JsonElement row, string key) =>
        row.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    public static async Task<(int Status, string? ContentType, JsonElement Body)> GetProblemAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }
}
