using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Analytics.Web.Authorization;

namespace Sakip.Analytics.Web.Admin;

/// <summary>/admin/pengguna: accounts, their tenant roles, unlocking and password resets.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
[Route("admin/pengguna")]
public sealed class AdminUsersController(UserAdministration administration) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(AdminViews.Users, await administration.PageAsync(new NewUserForm(), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create(NewUserForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            var outcome = await administration.CreateAsync(form, Actor);
            if (outcome is { Succeeded: true, Credential: { } credential })
            {
                return ShowOnce(new OneTimePasswordPage(credential, "Akun baru dibuat."));
            }

            AddErrors(outcome);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(AdminViews.Users, await administration.PageAsync(form, cancellationToken));
    }

    [HttpPost("{id}/peran")]
    public async Task<IActionResult> Grant(string id, RoleForm form) =>
        Done(await administration.GrantAsync(id, form, Actor), $"Peran {form?.Role} di {form?.Tenant} diberikan.");

    [HttpPost("{id}/peran/cabut")]
    public async Task<IActionResult> Revoke(string id, RoleForm form) =>
        Done(await administration.RevokeAsync(id, form, Actor), $"Peran {form?.Role} di {form?.Tenant} dicabut.");

    [HttpPost("{id}/buka-kunci")]
    public async Task<IActionResult> Unlock(string id) =>
        Done(await administration.UnlockAsync(id, Actor), "Akun dibuka kembali.");

    [HttpPost("{id}/sandi")]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var outcome = await administration.ResetPasswordAsync(id, Actor);
        return outcome.Credential is { } credential
            ? ShowOnce(new OneTimePasswordPage(credential, "Kata sandi diatur ulang."))
            : Done(outcome, "");
    }

    private string Actor => User.Identity?.Name ?? "admin";

    private ViewResult ShowOnce(OneTimePasswordPage page)
    {
        Response.Headers.CacheControl = "no-store";
        return View(AdminViews.OneTimePassword, page);
    }

    private RedirectResult Done(AdminOutcome outcome, string notice)
    {
        TempData[outcome.Succeeded ? AdminViews.Notice : AdminViews.Error] = outcome.Succeeded ? notice : string.Join(" ", outcome.Errors);
        return Redirect("/admin/pengguna");
    }

    private void AddErrors(AdminOutcome outcome)
    {
        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }
    }
}
