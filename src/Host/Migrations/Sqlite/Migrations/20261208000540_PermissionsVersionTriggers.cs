using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PermissionsVersionTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: every write to role permissions, operators' roles and direct grants raises the permissions
            // version that the session statement reads (Operators README, SessionValidator and PermissionSetCache); triggers, so
            // that no write path (a service, a recipe, a statement typed by hand) can miss it.
            migrationBuilder.Sql("""
                CREATE TRIGGER operators_role_claims_version_insert AFTER INSERT ON "Operators_RoleClaims"
                BEGIN UPDATE "Operators_PermissionsVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER operators_role_claims_version_update AFTER UPDATE ON "Operators_RoleClaims"
                BEGIN UPDATE "Operators_PermissionsVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER operators_role_claims_version_delete AFTER DELETE ON "Operators_RoleClaims"
                BEGIN UPDATE "Operators_PermissionsVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER operators_operator_roles_version_insert AFTER INSERT ON "Operators_OperatorRoles"
                BEGIN UPDATE "Operators_PermissionsVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER operators_operator_roles_version_update AFTER UPDATE ON "Operators_OperatorRoles"
                BEGIN UPDATE "Operators_PermissionsVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER operators_operator_roles_version_delete AFTER DELETE ON "Operators_OperatorRoles"
                BEGIN UPDATE "Operators_PermissionsVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER operators_operator_claims_version_insert AFTER INSERT ON "Operators_OperatorClaims"
                BEGIN UPDATE "Operators_PermissionsVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER operators_operator_claims_version_update AFTER UPDATE ON "Operators_OperatorClaims"
                BEGIN UPDATE "Operators_PermissionsVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER operators_operator_claims_version_delete AFTER DELETE ON "Operators_OperatorClaims"
                BEGIN UPDATE "Operators_PermissionsVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1; END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS operators_role_claims_version_insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS operators_role_claims_version_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS operators_role_claims_version_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS operators_operator_roles_version_insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS operators_operator_roles_version_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS operators_operator_roles_version_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS operators_operator_claims_version_insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS operators_operator_claims_version_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS operators_operator_claims_version_delete;");
        }
    }
}
