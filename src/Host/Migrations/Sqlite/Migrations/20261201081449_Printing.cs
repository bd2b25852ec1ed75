using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Printing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Printing_Layouts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Image = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ImageContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Printing_Layouts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Printing_Calibrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LayoutId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OffsetXMm = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    OffsetYMm = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Printing_Calibrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Printing_Calibrations_Printing_Layouts_LayoutId",
                        column: x => x.LayoutId,
                        principalTable: "Printing_Layouts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Printing_LayoutVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LayoutId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PaperWidthMm = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    PaperHeightMm = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    FieldsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Printing_LayoutVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Printing_LayoutVersions_Printing_Layouts_LayoutId",
                        column: x => x.LayoutId,
                        principalTable: "Printing_Layouts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Printing_VoucherPrints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Receipt = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LayoutId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LayoutVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PrintNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Printing_VoucherPrints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Printing_VoucherPrints_Printing_Layouts_LayoutId",
                        column: x => x.LayoutId,
                        principalTable: "Printing_Layouts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Printing_Calibrations_LayoutId",
                table: "Printing_Calibrations",
                column: "LayoutId");

            migrationBuilder.CreateIndex(
                name: "IX_Printing_Calibrations_OutletId_LayoutId",
                table: "Printing_Calibrations",
                columns: new[] { "OutletId", "LayoutId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Printing_Layouts_Code",
                table: "Printing_Layouts",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Printing_Layouts_Kind_IsActive",
                table: "Printing_Layouts",
                columns: new[] { "Kind", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_Printing_LayoutVersions_LayoutId_Number",
                table: "Printing_LayoutVersions",
                columns: new[] { "LayoutId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Printing_VoucherPrints_Kind_TaskId_PrintNumber",
                table: "Printing_VoucherPrints",
                columns: new[] { "Kind", "TaskId", "PrintNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Printing_VoucherPrints_LayoutId",
                table: "Printing_VoucherPrints",
                column: "LayoutId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Printing_Calibrations");

            migrationBuilder.DropTable(
                name: "Printing_LayoutVersions");

            migrationBuilder.DropTable(
                name: "Printing_VoucherPrints");

            migrationBuilder.DropTable(
                name: "Printing_Layouts");
        }
    }
}
