using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Sakip.Analytics.Identity;

/// <summary>Identity's messages in Bahasa Indonesia, as the pages show them.</summary>
public sealed class IndonesianIdentityErrors : IdentityErrorDescriber
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Terjadi kesalahan.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Kata sandi salah.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Format(Id, "Kata sandi minimal {0} karakter.", length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), string.Format(Id, "Kata sandi harus memuat minimal {0} karakter yang berbeda.", uniqueChars));

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat minimal satu simbol (bukan huruf atau angka).");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Kata sandi harus memuat minimal satu angka.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Kata sandi harus memuat minimal satu huruf kecil.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Kata sandi harus memuat minimal satu huruf besar.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), string.Format(Id, "Nama pengguna '{0}' sudah dipakai.", userName));

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), string.Format(Id, "Nama pengguna '{0}' tidak sah: gunakan huruf, angka dan - . _ @ +.", userName));

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), string.Format(Id, "Pengguna sudah memiliki peran {0}.", role));

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Data pengguna diubah oleh orang lain; muat ulang halaman lalu coba lagi.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
