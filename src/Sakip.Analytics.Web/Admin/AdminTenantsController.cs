using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Sakip.Analytics.Application.Tenants;
using Sakip.Analytics.Web.Authorization;

namespace Sakip.Analytics.Web.Admin;

/// <summary>/admin/pemda: the tenants and their units, created as data by a platform admin.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
[Route("admin/pemda")]
public sealed class AdminTenantsController(TenantAdminPages pages, ITenantAdministration administration) : Controller
{
    [HttpGet("/admin")]
    public IActionResult Home() => Redirect("/admin/pemda");

    [HttpGet("")]
    public IActionResult Index() => View(AdminViews.Tenants, pages.Tenants(new NewTenantForm()));

    [HttpPost("")]
    public IActionResult Create(NewTenantForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            if (form.ToTenant(out var error) is { } tenant && Try(() => administration.CreateTenant(tenant, [], Actor)))
            {
                TempData[AdminViews.Notice] = $"Pemda {tenant.Name} dibuat. Tambahkan unitnya di bawah.";
                return Redirect($"/admin/pemda/{tenant.Tenant}");
            }

            AddError(error);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(AdminViews.Tenants, pages.Tenants(form));
    }

    [HttpGet("{tenant:slug}")]
    public IActionResult Show(string tenant) =>
        pages.Tenant(tenant, new NewUnitForm()) is { } page ? View(AdminViews.Tenant, page) : NotFound();

    [HttpPost("{tenant:slug}/unit")]
    public IActionResult CreateUnit(string tenant, NewUnitForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ModelState.IsValid)
        {
            if (form.ToUnit(tenant, out var error) is { } unit && Try(() => administration.CreateUnit(unit, Actor)))
            {
                TempData[AdminViews.Notice] = $"Unit {unit.Name} ditambahkan.";
                return Redirect($"/admin/pemda/{tenant}");
            }

            AddError(error);
        }

        if (pages.Tenant(tenant, form) is not { } page)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(AdminViews.Tenant, page);
    }

    private string Actor => User.Identity?.Name ?? "admin";

    private bool Try(Action create)
    {
        try
        {
            create();
            return true;
        }
        catch (TenantAdministrationException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            return false;
        }
    }

    private void AddError(string? error)
    {
        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error);
        }
    }
}
