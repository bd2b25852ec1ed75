using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Allocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Allocations_Allocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PrimaryCardNumber = table.Column<string>(type: "TEXT", maxLength: 19, nullable: true),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TemplateName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    LedgerEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allocations_Allocations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Allocations_PurseTransfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    CardOutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SettledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    StartEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    SettleEntryId = table.Column<long>(type: "INTEGER", nullable: true),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SettledBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allocations_PurseTransfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Allocations_Templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allocations_Templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Allocations_Lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AllocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allocations_Lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Allocations_Lines_Allocations_Allocations_AllocationId",
                        column: x => x.AllocationId,
                        principalTable: "Allocations_Allocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Allocations_TemplateLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allocations_TemplateLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Allocations_TemplateLines_Allocations_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "Allocations_Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_Allocations_CustomerId",
                table: "Allocations_Allocations",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_Allocations_OutletId_At",
                table: "Allocations_Allocations",
                columns: new[] { "OutletId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_Lines_AllocationId",
                table: "Allocations_Lines",
                column: "AllocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_Lines_CardId",
                table: "Allocations_Lines",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_PurseTransfers_OutletId_StartedAt",
                table: "Allocations_PurseTransfers",
                columns: new[] { "OutletId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_PurseTransfers_PendingCard",
                table: "Allocations_PurseTransfers",
                column: "CardId",
                unique: true,
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_PurseTransfers_Status_ExpiresAt",
                table: "Allocations_PurseTransfers",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_TemplateLines_TemplateId",
                table: "Allocations_TemplateLines",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_Allocations_Templates_CustomerId_Name",
                table: "Allocations_Templates",
                columns: new[] { "CustomerId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Allocations_Lines");

            migrationBuilder.DropTable(
                name: "Allocations_PurseTransfers");

            migrationBuilder.DropTable(
                name: "Allocations_TemplateLines");

            migrationBuilder.DropTable(
                name: "Allocations_Allocations");

            migrationBuilder.DropTable(
                name: "Allocations_Templates");
        }
    }
}
