using System.ComponentModel.DataAnnotations;

namespace Sakip.Analytics.Web.Accounts;

public sealed class SignInForm
{
    [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
    [Display(Name = "Nama pengguna")]
    [StringLength(256)]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Kata sandi wajib diisi.")]
    [Display(Name = "Kata sandi")]
    [DataType(DataType.Password)]
    [StringLength(512)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
