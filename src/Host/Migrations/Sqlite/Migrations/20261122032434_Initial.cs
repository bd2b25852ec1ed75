using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Kernel_AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Module = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Kernel_DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Kernel_ModuleStates",
                columns: table => new
                {
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_ModuleStates", x => x.ModuleId);
                });

            migrationBuilder.CreateTable(
                name: "Kernel_Settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_Settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Kernel_SetupRuns",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RanAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_SetupRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Operators_PhantomSignIns",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_PhantomSignIns", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Operators_Roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsSystem = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_Roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outlets_Outlets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Manager = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outlets_Outlets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Outlets_Outlets_Outlets_Outlets_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Outlets_Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Operators_RoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_RoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operators_RoleClaims_Operators_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Operators_Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operators_Operators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    LoginName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EmployeeNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSignInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PreferredCulture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_Operators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operators_Operators_Outlets_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets_Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Operators_OperatorClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_OperatorClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operators_OperatorClaims_Operators_Operators_UserId",
                        column: x => x.UserId,
                        principalTable: "Operators_Operators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operators_OperatorLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_OperatorLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_Operators_OperatorLogins_Operators_Operators_UserId",
                        column: x => x.UserId,
                        principalTable: "Operators_Operators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operators_OperatorRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_OperatorRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_Operators_OperatorRoles_Operators_Operators_UserId",
                        column: x => x.UserId,
                        principalTable: "Operators_Operators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Operators_OperatorRoles_Operators_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Operators_Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operators_OperatorTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_OperatorTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_Operators_OperatorTokens_Operators_Operators_UserId",
                        column: x => x.UserId,
                        principalTable: "Operators_Operators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operators_PasswordHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_PasswordHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operators_PasswordHistory_Operators_Operators_OperatorId",
                        column: x => x.OperatorId,
                        principalTable: "Operators_Operators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEvents_Module_Id",
                table: "Kernel_AuditEvents",
                columns: new[] { "Module", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEvents_OccurredAt",
                table: "Kernel_AuditEvents",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEvents_OperatorLogin_Id",
                table: "Kernel_AuditEvents",
                columns: new[] { "OperatorLogin", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEvents_OutletCode_Id",
                table: "Kernel_AuditEvents",
                columns: new[] { "OutletCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operators_OperatorClaims_UserId",
                table: "Operators_OperatorClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Operators_OperatorLogins_UserId",
                table: "Operators_OperatorLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Operators_OperatorRoles_RoleId",
                table: "Operators_OperatorRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_Operators_Operators_NormalizedUserName",
                table: "Operators_Operators",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Operators_Operators_OutletId_LoginName",
                table: "Operators_Operators",
                columns: new[] { "OutletId", "LoginName" });

            migrationBuilder.CreateIndex(
                name: "IX_Operators_PasswordHistory_OperatorId_Id",
                table: "Operators_PasswordHistory",
                columns: new[] { "OperatorId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operators_RoleClaims_RoleId",
                table: "Operators_RoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_Operators_Roles_NormalizedName",
                table: "Operators_Roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outlets_Outlets_Code",
                table: "Outlets_Outlets",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outlets_Outlets_ParentId_Code",
                table: "Outlets_Outlets",
                columns: new[] { "ParentId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Outlets_Outlets_Status_Code",
                table: "Outlets_Outlets",
                columns: new[] { "Status", "Code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Kernel_AuditEvents");

            migrationBuilder.DropTable(
                name: "Kernel_DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Kernel_ModuleStates");

            migrationBuilder.DropTable(
                name: "Kernel_Settings");

            migrationBuilder.DropTable(
                name: "Kernel_SetupRuns");

            migrationBuilder.DropTable(
                name: "Operators_OperatorClaims");

            migrationBuilder.DropTable(
                name: "Operators_OperatorLogins");

            migrationBuilder.DropTable(
                name: "Operators_OperatorRoles");

            migrationBuilder.DropTable(
                name: "Operators_OperatorTokens");

            migrationBuilder.DropTable(
                name: "Operators_PasswordHistory");

            migrationBuilder.DropTable(
                name: "Operators_PhantomSignIns");

            migrationBuilder.DropTable(
                name: "Operators_RoleClaims");

            migrationBuilder.DropTable(
                name: "Operators_Operators");

            migrationBuilder.DropTable(
                name: "Operators_Roles");

            migrationBuilder.DropTable(
                name: "Outlets_Outlets");
        }
    }
}
