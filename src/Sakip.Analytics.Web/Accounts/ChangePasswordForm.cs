using System.ComponentModel.DataAnnotations;

namespace Sakip.Analytics.Web.Accounts;

public sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "Kata sandi saat ini wajib diisi.")]
    [Display(Name = "Kata sandi saat ini")]
    [DataType(DataType.Password)]
    [StringLength(512)]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Kata sandi baru wajib diisi.")]
    [Display(Name = "Kata sandi baru")]
    [DataType(DataType.Password)]
    [StringLength(512)]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Ulangi kata sandi baru.")]
    [Display(Name = "Ulangi kata sandi baru")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "Kedua kata sandi baru tidak sama.")]
    [StringLength(512)]
    public string ConfirmPassword { get; set; } = "";

    public string? ReturnUrl { get; set; }

    /// <summary>True when the account still carries a one-time password.</summary>
    public bool Required { get; set; }
}
