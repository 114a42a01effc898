using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Sakip.Analytics.Identity;

namespace Sakip.Analytics.Web.Accounts;

/// <summary>Sign-in, sign-out, password change and the access-denied page, under /akun.</summary>
[Route("akun")]
public sealed class AccountController(SignInManager<SakipUser> signIn, UserManager<SakipUser> users, SignInTiming timing) : Controller
{
    /// <summary>One answer for a wrong password, an unknown account and a locked one: it reveals nothing.</summary>
    public const string FailedMessage = "Gagal masuk: nama pengguna atau kata sandi salah, atau akun sedang dikunci sementara karena terlalu banyak percobaan.";

    [HttpGet("masuk")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl)
    {
        Response.Headers.CacheControl = "no-store";
        return View(new SignInForm { ReturnUrl = LocalOrNull(returnUrl) });
    }

    [HttpPost("masuk")]
    [AllowAnonymous]
    public async Task<IActionResult> Login(SignInForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        Response.Headers.CacheControl = "no-store";
        form.ReturnUrl = LocalOrNull(form.ReturnUrl);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByNameAsync(form.UserName.Trim());
        if (user is null)
        {
            timing.SpendPasswordCheck(form.Password);
            return Failed(form);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            if (result.IsLockedOut || result.IsNotAllowed)
            {
                timing.SpendPasswordCheck(form.Password);
            }

            return Failed(form);
        }

        return user.MustChangePassword
            ? RedirectToAction(nameof(ChangePassword), new { returnUrl = form.ReturnUrl })
            : LocalRedirect(form.ReturnUrl ?? "/");
    }

    [HttpPost("keluar")]
    [AllowAnonymous]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("ganti-sandi")]
    [Authorize]
    public IActionResult ChangePassword(string? returnUrl)
    {
        Response.Headers.CacheControl = "no-store";
        return View(new ChangePasswordForm { ReturnUrl = LocalOrNull(returnUrl), Required = User.HasClaim(AccountClaims.PasswordChangeRequired, "true") });
    }

    [HttpPost("ganti-sandi")]
    [Authorize]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        Response.Headers.CacheControl = "no-store";
        form.ReturnUrl = LocalOrNull(form.ReturnUrl);
        form.Required = User.HasClaim(AccountClaims.PasswordChangeRequired, "true");
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (ModelState.IsValid && form.NewPassword == form.CurrentPassword)
        {
            ModelState.AddModelError(nameof(form.NewPassword), "Kata sandi baru harus berbeda dari yang lama.");
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                // Guessing the current password counts towards the lockout, as at sign-in.
                await users.AccessFailedAsync(user);
                if (await users.IsLockedOutAsync(user))
                {
                    await signIn.SignOutAsync();
                    return RedirectToAction(nameof(Login));
                }
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword), error.Description);
            }

            return View(form);
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return LocalRedirect(form.ReturnUrl ?? "/");
    }

    [HttpGet("ditolak")]
    [AllowAnonymous]
    public IActionResult Denied(string? returnUrl)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View(model: LocalOrNull(returnUrl));
    }

    private ViewResult Failed(SignInForm form)
    {
        ModelState.AddModelError(string.Empty, FailedMessage);
        form.Password = "";
        return View(form);
    }

    private string? LocalOrNull(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/akun/", StringComparison.OrdinalIgnoreCase) ? returnUrl : null;
}
