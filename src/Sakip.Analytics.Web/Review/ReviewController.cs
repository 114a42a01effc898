using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Analytics.Web.Authorization;
using Sakip.Analytics.Web.Operator;
using Sakip.Analytics.Web.Security;

namespace Sakip.Analytics.Web.Review;

/// <summary>
/// The Operator's review of a report: upload it, check what was read table by table (accept, reject,
/// correct a value), then load it as a draft. Operators of the tenant and platform admins only; every
/// form post carries the antiforgery token.
/// </summary>
[Authorize(Policy = Policies.TenantOperator)]
[AutoValidateAntiforgeryToken]
public sealed class ReviewController(ReviewWorkspace workspace) : Controller
{
    private const string ViewFolder = "/Views/Review/";

    [HttpGet("/{tenant:slug}/operator/laporan")]
    public IActionResult Index(string tenant) => View(ViewFolder + "Index.cshtml", workspace.List(tenant));

    [HttpPost("/{tenant:slug}/operator/laporan")]
    [UploadLimit]
    public async Task<IActionResult> Upload(string tenant, CancellationToken cancellationToken)
    {
        workspace.TenantName(tenant);
        var form = await Request.ReadFormAsync(cancellationToken);
        var files = form.Files
            .Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName))
            .Select(f => new UploadedFile(UploadCheck.SafeName(f.FileName), f.Length, f.OpenReadStream))
            .ToList();
        var (id, errors) = await workspace.UploadAsync(tenant, OperatorController.Actor(User), files, cancellationToken);
        if (id is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(ViewFolder + "Index.cshtml", workspace.List(tenant, errors));
        }

        return Redirect(ReviewUrl(tenant, id));
    }

    [HttpGet("/{tenant:slug}/operator/laporan/{review}")]
    public IActionResult Show(string tenant, string review, string? ubah = null, string? selesai = null)
    {
        var editing = FigureId.TryParse(ubah, out var figure) ? figure : (FigureId?)null;
        return workspace.Page(tenant, review, editing, Done(selesai)) is { } page ? View(ViewFolder + "Show.cshtml", page) : NotFound();
    }

    [HttpPost("/{tenant:slug}/operator/laporan/{review}/terima-semua")]
    public IActionResult AcceptAll(string tenant, string review) =>
        After(tenant, review, workspace.AcceptAll(tenant, review, OperatorController.Actor(User)), "diterima", "#tabel");

    [HttpPost("/{tenant:slug}/operator/laporan/{review}/tabel")]
    public IActionResult Decide(string tenant, string review, [FromForm] string? table, [FromForm] string? keputusan, [FromForm] string? anchor) =>
        After(tenant, review, workspace.Decide(tenant, review, table ?? "", keputusan == "terima", OperatorController.Actor(User)),
            keputusan == "terima" ? "tabel-diterima" : "tabel-ditolak", Anchor(anchor));

    [HttpPost("/{tenant:slug}/operator/laporan/{review}/ubah")]
    public IActionResult Edit(string tenant, string review, [FromForm] string? figure, [FromForm] string? value, [FromForm] string? anchor) =>
        After(tenant, review, workspace.Edit(tenant, review, figure ?? "", value, OperatorController.Actor(User)), "diubah", Anchor(anchor));

    [HttpPost("/{tenant:slug}/operator/laporan/{review}/muat")]
    public async Task<IActionResult> Load(string tenant, string review, CancellationToken cancellationToken)
    {
        var (upload, problem) = await workspace.LoadAsync(tenant, review, OperatorController.Actor(User), cancellationToken);
        return upload is null ? Problem(tenant, review, problem!) : Redirect($"/{tenant}/operator/unggahan/{upload}");
    }

    private IActionResult After(string tenant, string review, string? problem, string done, string anchor) =>
        problem is null ? Redirect($"{ReviewUrl(tenant, review)}?selesai={done}{anchor}") : Problem(tenant, review, problem);

    /// <summary>A refused step: the review page again with the reason, as a 400.</summary>
    private IActionResult Problem(string tenant, string review, string problem)
    {
        if (workspace.Page(tenant, review, error: problem) is not { } page)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(ViewFolder + "Show.cshtml", page);
    }

    private static string ReviewUrl(string tenant, string review) => $"/{tenant}/operator/laporan/{review}";

    // Only the page's own anchors ("tabel-3", "f-b12-pagu") go back into the redirect.
    private static string Anchor(string? anchor) =>
        anchor is { Length: > 0 and <= 60 } && anchor.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_') ? "#" + anchor : "";

    private static string? Done(string? outcome) => outcome switch
    {
        "diterima" => "Semua tabel diterima. Periksa temuan di bawah, lalu muat sebagai draf.",
        "tabel-diterima" => "Tabel diterima.",
        "tabel-ditolak" => "Tabel ditolak: angkanya tidak akan dimuat.",
        "diubah" => "Nilai diperbaiki; pemeriksaan aritmetika dijalankan ulang.",
        _ => null,
    };
}
