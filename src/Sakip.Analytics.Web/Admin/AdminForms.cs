using System.ComponentModel.DataAnnotations;
using Sakip.Analytics.Application.Tenants;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Web.Admin;

public sealed class NewTenantForm
{
    [Required(ErrorMessage = "Slug wajib diisi.")]
    [Display(Name = "Slug")]
    [StringLength(100)]
    public string Tenant { get; set; } = "";

    [Required(ErrorMessage = "Nama wajib diisi.")]
    [Display(Name = "Nama")]
    [StringLength(200)]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Pilih kota atau kabupaten.")]
    [Display(Name = "Jenis")]
    public string Kind { get; set; } = "kabupaten";

    [Display(Name = "Provinsi")]
    [StringLength(200)]
    public string? Province { get; set; }

    [Display(Name = "Capaian indikator yang makin rendah makin baik")]
    public string LowerIsBetterMethod { get; set; } = Domain.Facts.LowerIsBetterMethod.TargetOverRealization.ToSlug();

    public NewTenant? ToTenant(out string? error)
    {
        error = null;
        if (!Slugs.TryParseSlug<TenantKind>(Kind, out var kind))
        {
            error = "Jenis harus kota atau kabupaten.";
            return null;
        }

        if (!Slugs.TryParseSlug<LowerIsBetterMethod>(LowerIsBetterMethod, out var method))
        {
            error = "Metode capaian tidak dikenal.";
            return null;
        }

        return new NewTenant(Tenant.Trim(), Name.Trim(), kind, Province, method);
    }
}

public sealed class NewUnitForm
{
    [Required(ErrorMessage = "Slug unit wajib diisi.")]
    [Display(Name = "Slug")]
    [StringLength(100)]
    public string Unit { get; set; } = "";

    [Required(ErrorMessage = "Nama unit wajib diisi.")]
    [Display(Name = "Nama")]
    [StringLength(300)]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Pilih jenis unit.")]
    [Display(Name = "Jenis")]
    public string Kind { get; set; } = "kecamatan";

    /// <summary>Other spellings, one per line or separated by |.</summary>
    [Display(Name = "Alias (satu per baris atau dipisah |)")]
    [StringLength(4000)]
    public string? Aliases { get; set; }

    public NewUnit? ToUnit(string tenant, out string? error)
    {
        error = null;
        if (!Slugs.TryParseSlug<UnitKind>(Kind, out var kind))
        {
            error = "Jenis unit tidak dikenal.";
            return null;
        }

        var aliases = (Aliases ?? "")
            .Split(['|', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new NewUnit(tenant, Unit.Trim(), Name.Trim(), kind, aliases);
    }
}

public sealed class NewUserForm
{
    [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
    [Display(Name = "Nama pengguna")]
    [StringLength(256)]
    public string UserName { get; set; } = "";

    [Display(Name = "Admin platform")]
    public bool PlatformAdmin { get; set; }

    [Display(Name = "Pemda")]
    public string? Tenant { get; set; }

    [Display(Name = "Peran")]
    public string? Role { get; set; }
}

public sealed class RoleForm
{
    [Required(ErrorMessage = "Pilih pemda.")]
    public string Tenant { get; set; } = "";

    [Required(ErrorMessage = "Pilih peran.")]
    public string Role { get; set; } = "";
}
