using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Sakip.Analytics.Identity;

/// <summary>Accounts, platform roles and tenant memberships, in SQLite (embedded) or PostgreSQL.</summary>
public sealed class IdentityStore(DbContextOptions<IdentityStore> options) : IdentityDbContext<SakipUser, IdentityRole, string>(options)
{
    public DbSet<TenantMembership> Memberships => Set<TenantMembership>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<TenantMembership>(membership =>
        {
            membership.ToTable("TenantMemberships");
            membership.HasKey(m => new { m.UserId, m.Tenant, m.Role });
            membership.Property(m => m.Tenant).HasMaxLength(100);
            membership.Property(m => m.Role).HasMaxLength(32);
            membership.Property(m => m.GrantedBy).HasMaxLength(256);
            membership.HasIndex(m => m.Tenant);
            membership.HasOne<SakipUser>().WithMany(u => u.Memberships).HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
