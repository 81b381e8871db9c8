// Generated from the catalog OpenAPI document by scripts/gen-api.mjs. Do not edit: run `make api-types`.
export interface paths {
    "/api/v1/catalog/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关列表（公开） */
        get: operations["list_agencies_api_v1_catalog_agencies_get"];
        put?: never;
        /** 新建机关（支持 Idempotency-Key） */
        post: operations["create_agency_api_v1_catalog_agencies_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/agencies/{agency_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关详情与公开指南（公开） */
        get: operations["get_agency_api_v1_catalog_agencies__agency_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改机关信息 */
        patch: operations["update_agency_api_v1_catalog_agencies__agency_id__patch"];
        trace?: never;
    };
    "/api/v1/catalog/agencies/{agency_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用机关 */
        post: operations["deactivate_agency_api_v1_catalog_agencies__agency_id__deactivate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/agencies/{agency_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关变更历史 */
        get: operations["agency_history_api_v1_catalog_agencies__agency_id__history_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/agencies/{agency_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调整隶属关系 */
        post: operations["move_agency_api_v1_catalog_agencies__agency_id__move_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/agencies/{agency_id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复停用的机关 */
        post: operations["reactivate_agency_api_v1_catalog_agencies__agency_id__reactivate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/agencies/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 在用机关树（公开） */
        get: operations["agency_tree_api_v1_catalog_agencies_tree_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志（仅管理员） */
        get: operations["list_audit_api_v1_catalog_audit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关的栏目树及各栏目公开条目数（公开） */
        get: operations["list_columns_api_v1_catalog_columns_get"];
        put?: never;
        /** 新建栏目（支持 Idempotency-Key） */
        post: operations["create_column_api_v1_catalog_columns_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/columns/{column_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 栏目详情（公开） */
        get: operations["get_column_api_v1_catalog_columns__column_id__get"];
        put?: never;
        post?: never;
        /** 删除从未被使用的栏目 */
        delete: operations["delete_column_api_v1_catalog_columns__column_id__delete"];
        options?: never;
        head?: never;
        /** 修改栏目（名称、说明、排序、上级栏目） */
        patch: operations["update_column_api_v1_catalog_columns__column_id__patch"];
        trace?: never;
    };
    "/api/v1/catalog/columns/{column_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用栏目 */
        post: operations["deactivate_column_api_v1_catalog_columns__column_id__deactivate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/columns/{column_id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 合并栏目：条目和下级栏目转入目标栏目，本栏目停用 */
        post: operations["merge_column_api_v1_catalog_columns__column_id__merge_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/columns/{column_id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复停用的栏目 */
        post: operations["reactivate_column_api_v1_catalog_columns__column_id__reactivate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/columns/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 疑似重复的栏目（名称规范化后相同） */
        get: operations["duplicate_columns_api_v1_catalog_columns_duplicates_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/dictionaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全部字典（枚举值与中英文名称） */
        get: operations["all_dictionaries_api_v1_catalog_dictionaries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/dictionaries/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单个字典 */
        get: operations["one_dictionary_api_v1_catalog_dictionaries__name__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 条目列表（本人数据范围内，含草稿） */
        get: operations["list_entries_api_v1_catalog_entries_get"];
        put?: never;
        /** 起草条目（支持 Idempotency-Key） */
        post: operations["create_entry_api_v1_catalog_entries_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 条目详情（工作稿、状态、附件、可执行的操作） */
        get: operations["get_entry_api_v1_catalog_entries__entry_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改条目（修改已发布的条目将形成待审查的新版本） */
        patch: operations["update_entry_api_v1_catalog_entries__entry_id__patch"];
        trace?: never;
    };
    "/api/v1/catalog/entries/{entry_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 保密审查：通过并发布（立即或定时；审查人不能是起草人） */
        post: operations["approve_entry_api_v1_catalog_entries__entry_id__approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/entries/{entry_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件（请求体为文件本身；按内容识别类型，拒绝可执行文件和伪装文件） */
        post: operations["upload_attachment_api_v1_catalog_entries__entry_id__attachments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/entries/{entry_id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载附件（工作人员） */
        get: operations["download_attachment_api_v1_catalog_entries__entry_id__attachments__attachment_id__get"];
        put?: never;
        post?: never;
        /** 从工作稿中移除附件 */
        delete: operations["remove_attachment_api_v1_catalog_entries__entry_id__attachments__attachment_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/entries/{entry_id}/discard-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 放弃已发布条目尚未发布的修改 */
        post: operations["discard_changes_api_v1_catalog_entries__entry_id__discard_changes_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/entries/{entry_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办理记录（起草、修改、审查、发布、撤销） */
        get: operations["entry_history_api_v1_catalog_entries__entry_id__history_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/entries/{entry_id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 保密审查：退回修改（审查人不能是起草人） */
        post: operations["return_entry_api_v1_catalog_entries__entry_id__return_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/entries/{entry_id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销已发布的条目（保留索引号和记录） */
        post: operations["revoke_entry_api_v1_catalog_entries__entry_id__revoke_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/entries/{entry_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交保密审查 */
        post: operations["submit_entry_api_v1_catalog_entries__entry_id__submit_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/entries/{entry_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布的各个版本 */
        get: operations["entry_versions_api_v1_catalog_entries__entry_id__versions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/entries/{entry_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回（待审查或待定时发布的条目回到草稿） */
        post: operations["withdraw_entry_api_v1_catalog_entries__entry_id__withdraw_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/entries/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检索本人数据范围内的全部条目（含草稿、待审查、已撤销） */
        get: operations["staff_search_api_v1_catalog_entries_search_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 批量导出已发布条目（NDJSON、CSV、XLSX，可直接导入其他平台） */
        get: operations["export_api_v1_catalog_export_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/feeds/agencies/{agency_id}.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关最新公开信息的 Atom 订阅（公开） */
        get: operations["agency_feed_api_v1_catalog_feeds_agencies__agency_id__atom_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/feeds/columns/{column_id}.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 栏目最新公开信息的 Atom 订阅（公开） */
        get: operations["column_feed_api_v1_catalog_feeds_columns__column_id__atom_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的导入任务 */
        get: operations["list_imports_api_v1_catalog_imports_get"];
        put?: never;
        /** 批量导入：请求体即文件（NDJSON、CSV、XLSX），后台逐行导入，返回任务（支持 Idempotency-Key） */
        post: operations["create_import_api_v1_catalog_imports_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/imports/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入任务的进度与结果（任务创建人或管理员） */
        get: operations["get_import_api_v1_catalog_imports__job_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/imports/{job_id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入任务的逐行错误报告（行号、外部编号、字段错误） */
        get: operations["import_errors_api_v1_catalog_imports__job_id__errors_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 最新发布的公开信息（公开；门户首页、机关页面） */
        get: operations["latest_api_v1_catalog_latest_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/policies/uninterpreted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 尚无政策解读的已发布政策文件 */
        get: operations["uninterpreted_policies_api_v1_catalog_policies_uninterpreted_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/public/annual-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布的政府信息公开工作年度报告（公开；各机关年度报告栏目中的条目） */
        get: operations["public_annual_reports_api_v1_catalog_public_annual_reports_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/public/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布条目（公开） */
        get: operations["public_entry_api_v1_catalog_public_entries__entry_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/public/entries/{entry_id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布条目的附件（公开） */
        get: operations["public_attachment_api_v1_catalog_public_entries__entry_id__attachments__attachment_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/public/entries/by-index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按索引号查看已发布条目（公开） */
        get: operations["public_by_index_api_v1_catalog_public_entries_by_index_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检索已发布的公开目录（公开） */
        get: operations["public_search_api_v1_catalog_search_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/standard-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 标准目录试点领域（公开） */
        get: operations["list_areas_api_v1_catalog_standard_areas_get"];
        put?: never;
        /** 新增试点领域 */
        post: operations["create_area_api_v1_catalog_standard_areas_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/standard-areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改、排序、停用或恢复试点领域 */
        patch: operations["update_area_api_v1_catalog_standard_areas__code__patch"];
        trace?: never;
    };
    "/api/v1/catalog/standard-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关的主动公开标准目录（公开，两级） */
        get: operations["list_items_api_v1_catalog_standard_items_get"];
        put?: never;
        /** 新增标准目录事项（支持 Idempotency-Key） */
        post: operations["create_item_api_v1_catalog_standard_items_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/standard-items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 标准目录事项详情（公开） */
        get: operations["get_item_api_v1_catalog_standard_items__item_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改标准目录事项 */
        patch: operations["update_item_api_v1_catalog_standard_items__item_id__patch"];
        trace?: never;
    };
    "/api/v1/catalog/standard-items/{item_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用标准目录事项（含其二级事项） */
        post: operations["deactivate_item_api_v1_catalog_standard_items__item_id__deactivate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/standard-items/{item_id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复停用的标准目录事项 */
        post: operations["reactivate_item_api_v1_catalog_standard_items__item_id__reactivate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/standard-items/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复制其他机关的标准目录（如县级模板复制到各乡镇） */
        post: operations["copy_items_api_v1_catalog_standard_items_copy_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/standard-items/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 标准目录覆盖情况：期间内没有发布信息的事项 */
        get: operations["coverage_api_v1_catalog_standard_items_coverage_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 增量同步：游标之后的发布、更新与撤销（按提交顺序） */
        get: operations["sync_api_v1_catalog_sync_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 主题分类树（公开） */
        get: operations["list_themes_api_v1_catalog_themes_get"];
        put?: never;
        /** 新增主题分类（代码自动分配） */
        post: operations["create_theme_api_v1_catalog_themes_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/themes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改、排序、停用或恢复主题分类 */
        patch: operations["update_theme_api_v1_catalog_themes__code__patch"];
        trace?: never;
    };
    "/api/v1/catalog/timeliness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开时效：超过 20 个工作日发布的条目（late）与久未发布的条目（pending） */
        get: operations["timeliness_api_v1_catalog_timeliness_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AgencyCreate */
        AgencyCreate: {
            /**
             * Accepts Requests
             * @description 是否受理政府信息公开申请
             * @default true
             */
            accepts_requests: boolean;
            /**
             * Address
             * @description 办公地址
             */
            address?: string | null;
            /**
             * Code
             * @description 统一社会信用代码（18 位）或组织机构代码（9 位）
             */
            code: string;
            /**
             * Email
             * @description 电子邮箱
             */
            email?: string | null;
            /**
             * Fax
             * @description 传真
             */
            fax?: string | null;
            /**
             * Guide Text
             * @description 政府信息公开指南正文
             */
            guide_text?: string | null;
            /** @description 类别 */
            kind: components["schemas"]["AgencyKind"];
            /** @description 层级 */
            level: components["schemas"]["AgencyLevel"];
            /**
             * Name
             * @description 机关全称
             */
            name: string;
            /**
             * Office Hours
             * @description 办公时间
             */
            office_hours?: string | null;
            /**
             * Parent Id
             * @description 上级机关；为空表示顶级机关（仅限全局管理员）
             */
            parent_id?: number | null;
            /**
             * Phone
             * @description 联系电话（机关公开电话）
             */
            phone?: string | null;
            /**
             * Postal Code
             * @description 邮政编码
             */
            postal_code?: string | null;
            /**
             * Short Name
             * @description 简称
             */
            short_name?: string | null;
            /**
             * Sort Order
             * @description 同级排序
             * @default 0
             */
            sort_order: number;
            /**
             * Website
             * @description 网站
             */
            website?: string | null;
        };
        /** AgencyDeactivate */
        AgencyDeactivate: {
            /**
             * Reason
             * @description 停用原因（如机构改革撤并）
             */
            reason: string;
            /** Version */
            version: number;
        };
        /** AgencyHistoryOut */
        AgencyHistoryOut: {
            /** Actor Id */
            actor_id: string | null;
            /** Actor Name */
            actor_name: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Change */
            change: string;
            /** Changed Fields */
            changed_fields: string[];
            /** Reason */
            reason: string | null;
            /** Snapshot */
            snapshot: {
                [key: string]: unknown;
            };
            /** Version */
            version: number;
        };
        /**
         * AgencyKind
         * @enum {string}
         */
        AgencyKind: "government" | "department" | "office" | "institution";
        /**
         * AgencyLevel
         * @enum {string}
         */
        AgencyLevel: "national" | "province" | "city" | "county" | "township";
        /** AgencyMove */
        AgencyMove: {
            /**
             * Parent Id
             * @description 新的上级机关
             */
            parent_id: number;
            /** Reason */
            reason?: string | null;
            /** Version */
            version: number;
        };
        /** AgencyOut */
        AgencyOut: {
            /** Accepts Requests */
            accepts_requests: boolean;
            /** Address */
            address: string | null;
            /**
             * Ancestors
             * @description 上级机关链（从顶级到直接上级）
             */
            ancestors?: {
                [key: string]: unknown;
            }[];
            /** Code */
            code: string;
            /** Code Kind */
            code_kind: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Deactivated At */
            deactivated_at: string | null;
            /** Deactivation Reason */
            deactivation_reason: string | null;
            /** Depth */
            depth: number;
            /** Email */
            email: string | null;
            /** Fax */
            fax: string | null;
            /** Guide Text */
            guide_text: string | null;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Kind */
            kind: string;
            /** Level */
            level: string;
            /** Name */
            name: string;
            /** Office Hours */
            office_hours: string | null;
            /** Parent Id */
            parent_id: number | null;
            /** Path */
            path: string;
            /** Phone */
            phone: string | null;
            /** Postal Code */
            postal_code: string | null;
            /** Short Name */
            short_name: string | null;
            /** Sort Order */
            sort_order: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Website */
            website: string | null;
        };
        /** AgencyReactivate */
        AgencyReactivate: {
            /** Version */
            version: number;
        };
        /** AgencySummary */
        AgencySummary: {
            /** Accepts Requests */
            accepts_requests: boolean;
            /** Code */
            code: string;
            /** Depth */
            depth: number;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Kind */
            kind: string;
            /** Level */
            level: string;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
            /** Path */
            path: string;
            /** Phone */
            phone: string | null;
            /** Short Name */
            short_name: string | null;
            /** Sort Order */
            sort_order: number;
        };
        /** AgencyTreeNode */
        AgencyTreeNode: {
            /** Accepts Requests */
            accepts_requests: boolean;
            /** Children */
            children?: components["schemas"]["AgencyTreeNode"][];
            /** Id */
            id: number;
            /** Kind */
            kind: string;
            /** Level */
            level: string;
            /** Name */
            name: string;
            /** Short Name */
            short_name: string | null;
        };
        /**
         * AgencyUpdate
         * @description Fields to change; omitted fields stay as they are. ``version`` must equal the current version.
         */
        AgencyUpdate: {
            /** Accepts Requests */
            accepts_requests?: boolean | null;
            /** Address */
            address?: string | null;
            /** Code */
            code?: string | null;
            /** Email */
            email?: string | null;
            /** Fax */
            fax?: string | null;
            /** Guide Text */
            guide_text?: string | null;
            kind?: components["schemas"]["AgencyKind"] | null;
            level?: components["schemas"]["AgencyLevel"] | null;
            /** Name */
            name?: string | null;
            /** Office Hours */
            office_hours?: string | null;
            /** Phone */
            phone?: string | null;
            /** Postal Code */
            postal_code?: string | null;
            /** Short Name */
            short_name?: string | null;
            /** Sort Order */
            sort_order?: number | null;
            /**
             * Version
             * @description 修改前的版本号（防止覆盖他人修改）
             */
            version: number;
            /** Website */
            website?: string | null;
        };
        /** ApproveIn */
        ApproveIn: {
            /**
             * Comment
             * @description 审查意见
             */
            comment?: string | null;
            /**
             * Publish At
             * @description 定时发布时间；不填则立即发布
             */
            publish_at?: string | null;
            /** Version */
            version: number;
        };
        /** AreaCreate */
        AreaCreate: {
            /**
             * Code
             * @description 稳定的英文代码（小写字母、数字、下划线）
             */
            code: string;
            /**
             * Name
             * @description 领域名称（不得与其他领域重复）
             */
            name: string;
            /**
             * Sort Order
             * @description 排序；为空则排在最后
             */
            sort_order?: number | null;
        };
        /** AreaOut */
        AreaOut: {
            /** Code */
            code: string;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /** Sort Order */
            sort_order: number;
        };
        /** AreaUpdate */
        AreaUpdate: {
            /**
             * Is Active
             * @description false 停用（已有事项保留该领域，新事项不能再选），true 恢复
             */
            is_active?: boolean | null;
            /** Name */
            name?: string | null;
            /** Sort Order */
            sort_order?: number | null;
        };
        /** Attachment */
        Attachment: {
            /** Content Type */
            content_type: string;
            /** Filename */
            filename: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Sha256 */
            sha256: string;
            /** Size */
            size: number;
            /** Title */
            title: string | null;
            /** Url */
            url: string;
        };
        /** AttachmentOut */
        AttachmentOut: {
            /** Content Type */
            content_type: string;
            /** Created At */
            created_at?: string | null;
            /** Filename */
            filename: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Sha256 */
            sha256: string;
            /** Size */
            size: number;
            /** Title */
            title: string | null;
            /** Url */
            url?: string | null;
        };
        /** AuditEntryOut */
        AuditEntryOut: {
            /** Action */
            action: string;
            /** Actor Id */
            actor_id: string | null;
            /** Actor Kind */
            actor_kind: string | null;
            /** Actor Name */
            actor_name: string | null;
            /** After */
            after: {
                [key: string]: unknown;
            } | null;
            /** Agency Id */
            agency_id: number | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Before */
            before: {
                [key: string]: unknown;
            } | null;
            /** Entity Id */
            entity_id: string | null;
            /** Entity Type */
            entity_type: string;
            /** Id */
            id: number;
            /** Request Id */
            request_id: string | null;
            /** Roles */
            roles: string[];
            /** Service */
            service: string;
            /** Source Ip */
            source_ip: string | null;
        };
        /** ColumnCreate */
        ColumnCreate: {
            /**
             * Agency Id
             * @description 栏目所属机关
             */
            agency_id: number;
            /**
             * Description
             * @description 栏目说明
             */
            description?: string | null;
            /**
             * Name
             * @description 栏目名称（同级不得重复，忽略空格与全角半角差异）
             */
            name: string;
            /**
             * Parent Id
             * @description 上级栏目（同一机关）；为空表示一级栏目
             */
            parent_id?: number | null;
            /**
             * Sort Order
             * @description 同级排序；为空则排在最后
             */
            sort_order?: number | null;
        };
        /** ColumnMerge */
        ColumnMerge: {
            /**
             * Target Id
             * @description 合并到的栏目（同一机关、在用）
             */
            target_id: number;
            /**
             * Version
             * @description 被合并栏目的当前版本号
             */
            version: number;
        };
        /** ColumnMergeOut */
        ColumnMergeOut: {
            /** @description 被合并（已停用）的栏目 */
            column: components["schemas"]["ColumnOut"];
            /**
             * Moved Children
             * @description 转到目标栏目下的下级栏目
             */
            moved_children: number[];
            /**
             * Moved Entries
             * @description 转入目标栏目的条目数
             */
            moved_entries: number;
            target: components["schemas"]["ColumnOut"];
        };
        /** ColumnNode */
        ColumnNode: {
            /** Children */
            children?: components["schemas"]["ColumnNode"][];
            /** Description */
            description: string | null;
            /**
             * Entries
             * @description 栏目中的全部条目数（含草稿、已撤销）；仅向有权管理该机关的工作人员提供
             */
            entries?: number | null;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /**
             * Live Entries
             * @description 栏目中在公开的条目数（不含下级栏目）
             */
            live_entries: number;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
            /** Purpose */
            purpose: string | null;
            /** Sort Order */
            sort_order: number;
            /** Version */
            version: number;
        };
        /** ColumnOut */
        ColumnOut: {
            /** Agency Id */
            agency_id: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
            /** Purpose */
            purpose: string | null;
            /** Sort Order */
            sort_order: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** ColumnRef */
        ColumnRef: {
            /** Id */
            id: number;
            /** Name */
            name: string;
        };
        /**
         * ColumnUpdate
         * @description Fields to change; omitted fields stay as they are. ``parent_id: null`` makes the column a first-level one.
         */
        ColumnUpdate: {
            /**
             * Description
             * @description 栏目说明；传 null 清空
             */
            description?: string | null;
            /** Name */
            name?: string | null;
            /**
             * Parent Id
             * @description 新的上级栏目（同一机关，不能是自身或下级）；null 表示一级栏目
             */
            parent_id?: number | null;
            /** Sort Order */
            sort_order?: number | null;
            /**
             * Version
             * @description 修改前的版本号（防止覆盖他人修改）
             */
            version: number;
        };
        /** ColumnVersion */
        ColumnVersion: {
            /** Version */
            version: number;
        };
        /** CopyResult */
        CopyResult: {
            /** Agencies */
            agencies: components["schemas"]["CopyResultAgency"][];
            /** Created */
            created: number;
            /** Skipped */
            skipped: number;
        };
        /** CopyResultAgency */
        CopyResultAgency: {
            /** Agency Id */
            agency_id: number;
            /** Created */
            created: number;
            /**
             * Skipped
             * @description 目标机关已有同名事项而跳过的事项
             */
            skipped: string[];
        };
        /** CoverageItem */
        CoverageItem: {
            /** Area Code */
            area_code: string | null;
            /** Area Name */
            area_name: string | null;
            /**
             * Depth
             * @description 1 一级事项，2 二级事项
             */
            depth: number;
            /**
             * Entries
             * @description 期间内发布、现仍公开、直接关联该事项的条目数
             */
            entries: number;
            /**
             * Entries With Children
             * @description 含二级事项的条目数（一级事项）
             */
            entries_with_children: number;
            /**
             * Expected
             * @description 是否应有主动公开的信息（公开方式为“主动”）
             */
            expected: boolean;
            /** Id */
            id: number;
            /** Last Published At */
            last_published_at: string | null;
            /** Level */
            level: string;
            /** Method */
            method: string;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
            /** Parent Name */
            parent_name: string | null;
            /** Time Limit */
            time_limit: string | null;
            /** Time Limit Days */
            time_limit_days: number | null;
            /**
             * Uncovered
             * @description 应主动公开而期间内没有任何条目
             */
            uncovered: boolean;
        };
        /** CoverageOut */
        CoverageOut: {
            /** Agency Id */
            agency_id: number;
            /** Covered */
            covered: number;
            /** Expected */
            expected: number;
            /**
             * From
             * Format: date
             */
            from: string;
            /**
             * Items
             * @description 未覆盖的事项在前
             */
            items: components["schemas"]["CoverageItem"][];
            /** Items Total */
            items_total: number;
            /**
             * To
             * Format: date
             */
            to: string;
            /** Uncovered */
            uncovered: number;
        };
        /**
         * DisclosureAttribute
         * @enum {string}
         */
        DisclosureAttribute: "proactive" | "on_request" | "not_disclosed";
        /** DuplicateGroup */
        DuplicateGroup: {
            /** Columns */
            columns: components["schemas"]["SimilarColumn"][];
            /**
             * Key
             * @description 比较用的规范化名称
             */
            key: string;
        };
        /**
         * EntryActionName
         * @description 公开目录条目的操作（edit 为 PATCH 条目本身，attach 为上传附件，其余为 POST /entries/{id}/<操作名>）
         * @enum {string}
         */
        EntryActionName: "edit" | "attach" | "submit" | "withdraw" | "discard_changes" | "approve" | "return" | "revoke";
        /** EntryCreate */
        EntryCreate: {
            /**
             * Abolished On
             * @description 废止日期
             */
            abolished_on?: string | null;
            /**
             * Agency Id
             * @description 发布机构；默认为当前用户所在机关
             */
            agency_id?: number | null;
            /**
             * Body Html
             * @description 正文（HTML，保存时按白名单净化）
             * @default
             */
            body_html: string;
            /**
             * Changed On
             * @description 信息变更日期（修订已发布信息时填写，用于计算公开时效）
             */
            changed_on?: string | null;
            /**
             * Column Id
             * @description 组配分类：本机关的栏目
             */
            column_id?: number | null;
            /** @description 公开属性：起草时即须确定 */
            disclosure_attribute: components["schemas"]["DisclosureAttribute"];
            /**
             * Disclosure Scope
             * @description 公开范围
             */
            disclosure_scope?: string | null;
            /**
             * Document Number
             * @description 文号，如 鄂政办字〔2018〕6号
             */
            document_number?: string | null;
            /**
             * Expires On
             * @description 失效日期：到期自动失效
             */
            expires_on?: string | null;
            /** @description 体裁分类 */
            genre: components["schemas"]["Genre"];
            /** @description 解读形式（政策解读体裁） */
            interpretation_form?: components["schemas"]["InterpretationForm"] | null;
            /**
             * Interprets
             * @description 所解读的政策（条目编号）
             */
            interprets?: string[];
            /**
             * Is Policy
             * @description 是否为政策文件（需要政策解读）；不填时按体裁判断
             */
            is_policy?: boolean | null;
            /**
             * Issued On
             * @description 制发（印发）日期；不填时以成文日期计
             */
            issued_on?: string | null;
            /**
             * Keywords
             * @description 关键词，最多 10 个
             */
            keywords?: string[];
            /** @description 不予公开理由（不予公开时必填） */
            not_disclosed_reason?: components["schemas"]["NotDisclosedReason"] | null;
            /** @description 规章 / 行政规范性文件（年度报告统计用） */
            regulation_kind?: components["schemas"]["RegulationKind"] | null;
            /**
             * Source
             * @description 信息来源
             */
            source?: string | null;
            /**
             * Standard Item Id
             * @description 对应的标准目录事项
             */
            standard_item_id?: number | null;
            /**
             * Summary
             * @description 内容概述
             */
            summary?: string | null;
            /**
             * Theme Code
             * @description 主题分类代码（/themes）
             */
            theme_code?: string | null;
            /**
             * Title
             * @description 名称（标题）
             */
            title: string;
            /**
             * @description 有效性
             * @default valid
             */
            validity: components["schemas"]["Validity"];
            /**
             * Written On
             * @description 成文日期（提交审查前必填）
             */
            written_on?: string | null;
        };
        /**
         * EntryLink
         * @description Another entry, as linked from this one (a policy and its interpretations).
         */
        EntryLink: {
            /** Genre */
            genre: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Index Number */
            index_number: string | null;
            /** Interpretation Form */
            interpretation_form?: string | null;
            /** Published At */
            published_at?: string | null;
            /** Status */
            status?: string | null;
            /** Title */
            title: string;
        };
        /** EntryOut */
        EntryOut: {
            /** Abolished On */
            abolished_on: string | null;
            /**
             * Actions
             * @description 当前用户此刻可以执行的操作（与可调用的接口一致）
             */
            actions: components["schemas"]["EntryActionName"][];
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string;
            /** Attachments */
            attachments: components["schemas"]["AttachmentOut"][];
            /** Body Html */
            body_html: string;
            /** Changed On */
            changed_on: string | null;
            /** Column Id */
            column_id: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By */
            created_by: string;
            /** Created By Name */
            created_by_name: string | null;
            /** Disclosure Attribute */
            disclosure_attribute: string;
            /** Disclosure Scope */
            disclosure_scope: string | null;
            /** Document Number */
            document_number: string | null;
            /** Expires On */
            expires_on: string | null;
            /** Genre */
            genre: string;
            /**
             * Has Pending Changes
             * @description 已发布且有尚未发布的修改
             */
            has_pending_changes: boolean;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Index Number */
            index_number: string | null;
            /** Interpretation Form */
            interpretation_form: string | null;
            /** Interpretations */
            interpretations: components["schemas"]["EntryLink"][];
            /** Interprets */
            interprets: components["schemas"]["EntryLink"][];
            /** Is Policy */
            is_policy: boolean;
            /** Issued On */
            issued_on: string | null;
            /** Keywords */
            keywords: string[];
            /** Live Published At */
            live_published_at: string | null;
            /** Live Version */
            live_version: number | null;
            /** Not Disclosed Reason */
            not_disclosed_reason: string | null;
            /** Publish At */
            publish_at: string | null;
            /** Published At */
            published_at: string | null;
            /** Regulation Kind */
            regulation_kind: string | null;
            /** Review Comment */
            review_comment: string | null;
            /** Revoke Reason */
            revoke_reason: string | null;
            /** Revoked At */
            revoked_at: string | null;
            /** Source */
            source: string | null;
            /** Standard Item Id */
            standard_item_id: number | null;
            /** Status */
            status: string;
            /**
             * Submitted At
             * @description 最近一次提交审查的时间
             */
            submitted_at?: string | null;
            /** Summary */
            summary: string | null;
            /** Theme Code */
            theme_code: string | null;
            timeliness: components["schemas"]["Timeliness"];
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Validity */
            validity: string;
            /** Version */
            version: number;
            /** Written On */
            written_on: string | null;
        };
        /**
         * EntryStatus
         * @enum {string}
         */
        EntryStatus: "draft" | "submitted" | "returned" | "scheduled" | "published" | "revoked";
        /** EntrySummary */
        EntrySummary: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string;
            /** Column Id */
            column_id: number | null;
            /** Created By Name */
            created_by_name: string | null;
            /** Disclosure Attribute */
            disclosure_attribute: string;
            /** Document Number */
            document_number: string | null;
            /** Genre */
            genre: string;
            /**
             * Has Pending Changes
             * @description 已发布且有尚未发布的修改
             */
            has_pending_changes: boolean;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Index Number */
            index_number: string | null;
            /** Live Version */
            live_version: number | null;
            /** Publish At */
            publish_at: string | null;
            /** Published At */
            published_at: string | null;
            /** Status */
            status: string;
            /**
             * Submitted At
             * @description 最近一次提交审查的时间
             */
            submitted_at?: string | null;
            /** Theme Code */
            theme_code: string | null;
            timeliness: components["schemas"]["Timeliness"];
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Validity */
            validity: string;
            /** Version */
            version: number;
            /** Written On */
            written_on: string | null;
        };
        /**
         * EntryUpdate
         * @description Fields to change; omitted fields stay as they are; ``null`` clears an optional field. ``version`` must equal
         *     the current version. Editing a published entry prepares its next version (reviewed again before it is live).
         */
        EntryUpdate: {
            /** Abolished On */
            abolished_on?: string | null;
            /** Body Html */
            body_html?: string | null;
            /** Changed On */
            changed_on?: string | null;
            /** Column Id */
            column_id?: number | null;
            disclosure_attribute?: components["schemas"]["DisclosureAttribute"] | null;
            /** Disclosure Scope */
            disclosure_scope?: string | null;
            /** Document Number */
            document_number?: string | null;
            /** Expires On */
            expires_on?: string | null;
            genre?: components["schemas"]["Genre"] | null;
            interpretation_form?: components["schemas"]["InterpretationForm"] | null;
            /** Interprets */
            interprets?: string[] | null;
            /** Is Policy */
            is_policy?: boolean | null;
            /** Issued On */
            issued_on?: string | null;
            /** Keywords */
            keywords?: string[] | null;
            not_disclosed_reason?: components["schemas"]["NotDisclosedReason"] | null;
            regulation_kind?: components["schemas"]["RegulationKind"] | null;
            /** Source */
            source?: string | null;
            /** Standard Item Id */
            standard_item_id?: number | null;
            /** Summary */
            summary?: string | null;
            /** Theme Code */
            theme_code?: string | null;
            /** Title */
            title?: string | null;
            validity?: components["schemas"]["Validity"] | null;
            /**
             * Version
             * @description 修改前的版本号（防止覆盖他人修改）
             */
            version: number;
            /** Written On */
            written_on?: string | null;
        };
        /**
         * ExchangeFormat
         * @enum {string}
         */
        ExchangeFormat: "ndjson" | "csv" | "xlsx";
        /**
         * ExchangeRecord
         * @description One entry as platforms exchange it: a line of an NDJSON export, an item of the sync feed, a row the import
         *     accepts (the informative fields ``id``, ``version``, ``version_published_at``, ``attachments``, ``agency_name``
         *     and ``theme_name`` are ignored by the import).
         */
        ExchangeRecord: {
            /** Abolished On */
            abolished_on: string | null;
            /**
             * Agency Code
             * @description 发布机构代码（跨平台识别机构）
             */
            agency_code: string;
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string;
            /** Attachments */
            attachments: components["schemas"]["Attachment"][];
            /** Body Html */
            body_html: string;
            /** Changed On */
            changed_on: string | null;
            /** Column Id */
            column_id: number | null;
            /** Column Name */
            column_name: string | null;
            /** Disclosure Attribute */
            disclosure_attribute: string;
            /** Disclosure Scope */
            disclosure_scope: string | null;
            /** Document Number */
            document_number: string | null;
            /** Expires On */
            expires_on: string | null;
            /**
             * External Id
             * @description 交换编号：来自其他平台的条目保留原编号，本平台起草的条目为其编号
             */
            external_id: string;
            /** Genre */
            genre: string;
            /**
             * Id
             * Format: uuid
             * @description 本平台的条目编号
             */
            id: string;
            /** Index Number */
            index_number: string | null;
            /** Interpretation Form */
            interpretation_form: string | null;
            /**
             * Interprets
             * @description 所解读政策的交换编号（external_id）
             */
            interprets: string[];
            /** Is Policy */
            is_policy: boolean;
            /** Issued On */
            issued_on: string | null;
            /** Keywords */
            keywords: string[];
            /** Not Disclosed Reason */
            not_disclosed_reason?: string | null;
            /**
             * Published At
             * @description 首次发布时间
             */
            published_at?: string | null;
            /** Regulation Kind */
            regulation_kind: string | null;
            /** Source */
            source: string | null;
            /** Standard Item Id */
            standard_item_id: number | null;
            /** Summary */
            summary: string | null;
            /** Theme Code */
            theme_code: string | null;
            /** Theme Name */
            theme_name: string | null;
            /** Title */
            title: string;
            /** Validity */
            validity: string;
            /**
             * Version
             * @description 已发布版本号
             */
            version: number;
            /**
             * Version Published At
             * @description 本版本发布时间
             */
            version_published_at?: string | null;
            /** Written On */
            written_on: string | null;
        };
        /** Facets */
        Facets: {
            /**
             * Agency
             * @description 命中最多的机关（至多 20 个）
             */
            agency: components["schemas"]["FacetValue"][];
            /**
             * Counted
             * @description 参与统计的命中数
             */
            counted: number;
            /** Disclosure Attribute */
            disclosure_attribute: components["schemas"]["FacetValue"][];
            /**
             * Exact
             * @description 是否按全部命中统计；命中过多时只统计最新的 counted 条
             */
            exact: boolean;
            /** Genre */
            genre: components["schemas"]["FacetValue"][];
            /**
             * Theme
             * @description 一级主题
             */
            theme: components["schemas"]["FacetValue"][];
            /** Validity */
            validity: components["schemas"]["FacetValue"][];
            /** Year */
            year: components["schemas"]["FacetValue"][];
        };
        /** FacetValue */
        FacetValue: {
            /** Count */
            count: number;
            /**
             * Name
             * @description 名称（主题、机关）；代码类取值的名称见 /dictionaries
             */
            name?: string | null;
            /**
             * Value
             * @description 取值：代码（体裁、有效性、公开属性）、一级主题代码、年度或机关编号
             */
            value: string;
        };
        /**
         * Genre
         * @enum {string}
         */
        Genre: "notice" | "announcement" | "bulletin" | "opinion" | "decision" | "order" | "measures" | "provisions" | "rules" | "plan" | "report" | "reply" | "circular" | "letter" | "minutes" | "interpretation" | "statistics" | "other";
        /** HistoryOut */
        HistoryOut: {
            /** Action */
            action: string;
            /** Actor Id */
            actor_id: string | null;
            /** Actor Name */
            actor_name: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Changed Fields */
            changed_fields: string[];
            /** Comment */
            comment: string | null;
            /** Entry Version */
            entry_version: number;
            /** From Status */
            from_status: string | null;
            /** Live Version */
            live_version: number | null;
            /** To Status */
            to_status: string | null;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** ImportJobOut */
        ImportJobOut: {
            /** Agency Id */
            agency_id: number | null;
            /** Created */
            created: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Error
             * @description 整个文件无法导入的原因（按调用者语言）
             */
            error?: string | null;
            /** Failed */
            failed: number;
            /** Filename */
            filename: string;
            /** Finished At */
            finished_at: string | null;
            /** Format */
            format: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Links */
            links: {
                [key: string]: string;
            };
            /** Mode */
            mode: string;
            /** Owner Id */
            owner_id: string;
            /** Owner Name */
            owner_name: string | null;
            /**
             * Progress
             * @description 0–1
             */
            progress: number;
            /** Rows Done */
            rows_done: number;
            /**
             * Rows Total
             * @description 文件中的数据行数（开始导入后得出）
             */
            rows_total?: number | null;
            /** Sha256 */
            sha256: string;
            /** Size */
            size: number;
            /** Started At */
            started_at: string | null;
            /** Status */
            status: string;
            /** Unchanged */
            unchanged: number;
            /** Updated */
            updated: number;
        };
        /**
         * ImportMode
         * @enum {string}
         */
        ImportMode: "published" | "draft";
        /** ImportRowErrorOut */
        ImportRowErrorOut: {
            /**
             * Errors
             * @description [{field, code, message}]，按调用者语言
             */
            errors: {
                [key: string]: unknown;
            }[];
            /** External Id */
            external_id: string | null;
            /**
             * Row
             * @description 行号：CSV/XLSX 为表格中的行号（标题为第 1 行），NDJSON 为文件中的行号
             */
            row: number;
        };
        /**
         * InterpretationForm
         * @enum {string}
         */
        InterpretationForm: "text" | "graphic" | "video" | "press_conference";
        /** ItemCopy */
        ItemCopy: {
            /**
             * Area Code
             * @description 只复制该领域的事项
             */
            area_code?: string | null;
            /**
             * From Agency Id
             * @description 复制来源机关（如县级模板）
             */
            from_agency_id: number;
            /**
             * Item Ids
             * @description 只复制这些一级事项（连同其二级事项）
             */
            item_ids?: number[] | null;
            /**
             * To Agency Ids
             * @description 复制到这些机关（须在本人数据范围内，如各乡镇）
             */
            to_agency_ids: number[];
        };
        /** ItemCreate */
        ItemCreate: {
            /**
             * Agency Id
             * @description 标准目录所属机关
             */
            agency_id: number;
            /**
             * Area Code
             * @description 试点领域；二级事项为空时沿用一级事项的领域
             */
            area_code?: string | null;
            /**
             * @description 公开对象
             * @default public
             */
            audience: components["schemas"]["StandardAudience"];
            /**
             * Channels
             * @description 公开渠道和载体
             */
            channels?: string | null;
            /**
             * Content Elements
             * @description 公开内容（要素）
             */
            content_elements?: string | null;
            /**
             * Legal Basis
             * @description 公开依据
             */
            legal_basis?: string | null;
            /**
             * @description 公开层级
             * @default county
             */
            level: components["schemas"]["StandardLevel"];
            /**
             * @description 公开方式
             * @default proactive
             */
            method: components["schemas"]["StandardMethod"];
            /**
             * Name
             * @description 公开事项名称（同级不得重复，忽略空格与全角半角差异）
             */
            name: string;
            /**
             * Parent Id
             * @description 一级事项；为空表示新增一级事项
             */
            parent_id?: number | null;
            /**
             * Sort Order
             * @description 同级排序；为空则排在最后
             */
            sort_order?: number | null;
            /**
             * Subject
             * @description 公开主体
             */
            subject?: string | null;
            /**
             * Time Limit
             * @description 公开时限，如“信息形成或者变更之日起20个工作日内”
             */
            time_limit?: string | null;
            /**
             * Time Limit Days
             * @description 公开时限的工作日数；为空时从公开时限文字中识别（如“20个工作日”“二十个工作日”）
             */
            time_limit_days?: number | null;
        };
        /** ItemNode */
        ItemNode: {
            /** Agency Id */
            agency_id: number;
            /** Area Code */
            area_code: string | null;
            /** Audience */
            audience: string;
            /** Channels */
            channels: string | null;
            /**
             * Children
             * @description 二级事项
             */
            children?: components["schemas"]["ItemOut"][];
            /** Content Elements */
            content_elements: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Legal Basis */
            legal_basis: string | null;
            /** Level */
            level: string;
            /** Method */
            method: string;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
            /** Sort Order */
            sort_order: number;
            /** Subject */
            subject: string | null;
            /** Time Limit */
            time_limit: string | null;
            /** Time Limit Days */
            time_limit_days: number | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /** ItemOut */
        ItemOut: {
            /** Agency Id */
            agency_id: number;
            /** Area Code */
            area_code: string | null;
            /** Audience */
            audience: string;
            /** Channels */
            channels: string | null;
            /** Content Elements */
            content_elements: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Legal Basis */
            legal_basis: string | null;
            /** Level */
            level: string;
            /** Method */
            method: string;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
            /** Sort Order */
            sort_order: number;
            /** Subject */
            subject: string | null;
            /** Time Limit */
            time_limit: string | null;
            /** Time Limit Days */
            time_limit_days: number | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /**
         * ItemUpdate
         * @description Fields to change; omitted fields stay as they are; ``null`` clears an optional text.
         */
        ItemUpdate: {
            /** Area Code */
            area_code?: string | null;
            audience?: components["schemas"]["StandardAudience"] | null;
            /**
             * Channels
             * @description 公开渠道和载体
             */
            channels?: string | null;
            /**
             * Content Elements
             * @description 公开内容（要素）
             */
            content_elements?: string | null;
            /**
             * Legal Basis
             * @description 公开依据
             */
            legal_basis?: string | null;
            level?: components["schemas"]["StandardLevel"] | null;
            method?: components["schemas"]["StandardMethod"] | null;
            /** Name */
            name?: string | null;
            /**
             * Parent Id
             * @description 新的一级事项（同一机关）；null 表示改为一级事项
             */
            parent_id?: number | null;
            /** Sort Order */
            sort_order?: number | null;
            /**
             * Subject
             * @description 公开主体
             */
            subject?: string | null;
            /**
             * Time Limit
             * @description 公开时限，如“信息形成或者变更之日起20个工作日内”
             */
            time_limit?: string | null;
            /**
             * Time Limit Days
             * @description 公开时限的工作日数；为空时从公开时限文字中识别（如“20个工作日”“二十个工作日”）
             */
            time_limit_days?: number | null;
            /**
             * Version
             * @description 修改前的版本号（防止覆盖他人修改）
             */
            version: number;
        };
        /** ItemVersion */
        ItemVersion: {
            /** Version */
            version: number;
        };
        /** LateEntryOut */
        LateEntryOut: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string;
            /** Formed On */
            formed_on: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Index Number */
            index_number: string | null;
            /** Late */
            late: boolean;
            /** Provisional */
            provisional: boolean;
            /** Published At */
            published_at: string | null;
            /** Status */
            status: string;
            /** Title */
            title: string;
            /** Working Days */
            working_days: number;
        };
        /** LatestItem */
        LatestItem: {
            agency: components["schemas"]["services__catalog__search__schemas__AgencyRef"];
            /** Document Number */
            document_number: string | null;
            /** Genre */
            genre: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Index Number */
            index_number: string | null;
            /** Published At */
            published_at: string | null;
            /** Theme Code */
            theme_code: string | null;
            /** Title */
            title: string;
            /** Validity */
            validity: string;
            /** Written On */
            written_on: string | null;
        };
        /** LatestList */
        LatestList: {
            /** Items */
            items: components["schemas"]["LatestItem"][];
        };
        /**
         * NotDisclosedReason
         * @description Arts. 14–16, with the codes of the annual report's 不予公开 rows.
         * @enum {string}
         */
        NotDisclosedReason: "state_secret" | "prohibited_by_law" | "three_safeties" | "third_party" | "internal_affairs" | "process_info" | "enforcement_file" | "inquiry_matter";
        /** Page[AgencySummary] */
        Page_AgencySummary_: {
            /** Items */
            items: components["schemas"]["AgencySummary"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[AuditEntryOut] */
        Page_AuditEntryOut_: {
            /** Items */
            items: components["schemas"]["AuditEntryOut"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[EntrySummary] */
        Page_EntrySummary_: {
            /** Items */
            items: components["schemas"]["EntrySummary"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[ImportJobOut] */
        Page_ImportJobOut_: {
            /** Items */
            items: components["schemas"]["ImportJobOut"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[ImportRowErrorOut] */
        Page_ImportRowErrorOut_: {
            /** Items */
            items: components["schemas"]["ImportRowErrorOut"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[LateEntryOut] */
        Page_LateEntryOut_: {
            /** Items */
            items: components["schemas"]["LateEntryOut"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[PolicyOut] */
        Page_PolicyOut_: {
            /** Items */
            items: components["schemas"]["PolicyOut"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[PublicListItem] */
        Page_PublicListItem_: {
            /** Items */
            items: components["schemas"]["PublicListItem"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /**
         * PolicyOut
         * @description A live policy (listed when no live interpretation explains it).
         */
        PolicyOut: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string;
            /** Document Number */
            document_number: string | null;
            /** Genre */
            genre: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Index Number */
            index_number: string | null;
            /** Published At */
            published_at: string | null;
            /** Title */
            title: string;
        };
        /**
         * PublicEntryOut
         * @description An entry as the public sees it: its live version.
         */
        PublicEntryOut: {
            /** Abolished On */
            abolished_on: string | null;
            agency: components["schemas"]["services__catalog__entries__schemas__AgencyRef"];
            /** Attachments */
            attachments: components["schemas"]["AttachmentOut"][];
            /**
             * Body Html
             * @description 正文；依申请公开的信息不在此公开
             */
            body_html?: string | null;
            column: components["schemas"]["ColumnRef"] | null;
            /** Disclosure Attribute */
            disclosure_attribute: string;
            /** Disclosure Scope */
            disclosure_scope: string | null;
            /** Document Number */
            document_number: string | null;
            /** Expires On */
            expires_on: string | null;
            /** Genre */
            genre: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Index Number */
            index_number: string | null;
            /** Interpretation Form */
            interpretation_form: string | null;
            /** Interpretations */
            interpretations: components["schemas"]["EntryLink"][];
            /** Interprets */
            interprets: components["schemas"]["EntryLink"][];
            /** Is Policy */
            is_policy: boolean;
            /** Issued On */
            issued_on: string | null;
            /** Keywords */
            keywords: string[];
            /**
             * Published At
             * @description 发布日期（首次发布）
             */
            published_at?: string | null;
            /** Regulation Kind */
            regulation_kind: string | null;
            /** Source */
            source: string | null;
            /** Summary */
            summary: string | null;
            theme: components["schemas"]["ThemeRef"] | null;
            /** Title */
            title: string;
            /**
             * Updated At
             * @description 本版本发布时间
             */
            updated_at?: string | null;
            /** Validity */
            validity: string;
            /** Version */
            version: number;
            /** Written On */
            written_on: string | null;
        };
        /** PublicListItem */
        PublicListItem: {
            agency: components["schemas"]["Ref"];
            /** Column Id */
            column_id: number | null;
            /** Genre */
            genre: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Index Number */
            index_number: string | null;
            /** Published At */
            published_at: string | null;
            /** Title */
            title: string;
        };
        /** QueryInfo */
        QueryInfo: {
            /**
             * Mode
             * @description words：按词检索（3 个字符以上时也匹配标题、文号、索引号的片段）；identifier：按文号、索引号等片段检索
             */
            mode: string;
            /**
             * Text
             * @description 检索词（规范化后）
             */
            text: string;
            /**
             * Words
             * @description 分词结果（精确模式）
             */
            words: string[];
        };
        /** Ref */
        Ref: {
            /** Id */
            id: number;
            /** Name */
            name: string;
        };
        /**
         * RegulationKind
         * @enum {string}
         */
        RegulationKind: "regulation" | "normative";
        /** ReturnIn */
        ReturnIn: {
            /**
             * Comment
             * @description 退回意见：需要修改之处
             */
            comment: string;
            /** Version */
            version: number;
        };
        /** RevokeIn */
        RevokeIn: {
            /**
             * Reason
             * @description 撤销原因
             */
            reason: string;
            /** Version */
            version: number;
        };
        /** SearchHit */
        SearchHit: {
            agency: components["schemas"]["services__catalog__search__schemas__AgencyRef"];
            /** Disclosure Attribute */
            disclosure_attribute: string;
            /** Document Number */
            document_number: string | null;
            /** Genre */
            genre: string;
            /**
             * Id
             * Format: uuid
             * @description 条目编号
             */
            id: string;
            /** Index Number */
            index_number: string | null;
            /**
             * Is Public
             * @description 公众是否可见（仅工作人员检索）
             */
            is_public?: boolean | null;
            /**
             * Published At
             * @description 发布日期
             */
            published_at?: string | null;
            /**
             * Score
             * @description 相关度（按相关度排序时）
             */
            score?: number | null;
            /**
             * Snippet Html
             * @description 摘要：内容概述或正文中第一处命中附近的片段，HTML 转义并以 <em> 标出
             */
            snippet_html: string;
            /**
             * Status
             * @description 条目状态（仅工作人员检索）
             */
            status?: string | null;
            /** Theme Code */
            theme_code: string | null;
            /**
             * Title
             * @description 名称（纯文本）
             */
            title: string;
            /**
             * Title Html
             * @description 名称：HTML 转义，命中的词以 <em>…</em> 标出
             */
            title_html: string;
            /** Validity */
            validity: string;
            /**
             * Written On
             * @description 成文日期
             */
            written_on?: string | null;
        };
        /** SearchPage */
        SearchPage: {
            /** @description 分面统计（facets=true 时） */
            facets?: components["schemas"]["Facets"] | null;
            /** Items */
            items: components["schemas"]["SearchHit"][];
            /**
             * Max Window
             * @description 可翻阅的命中条数上限
             */
            max_window: number;
            /** Page */
            page: number;
            /**
             * Pages
             * @description 可翻阅的页数（按相关度排序时至多翻到前 max_window 条）
             */
            pages: number;
            query: components["schemas"]["QueryInfo"] | null;
            /** Size */
            size: number;
            /** Sort */
            sort: string;
            /**
             * Total
             * @description 命中总数；total_is_estimate 为真时是估计值
             */
            total: number;
            /**
             * Total Is Estimate
             * @description 命中过多（超过精确计数上限）时为真，此时 total 为估计值
             */
            total_is_estimate: boolean;
        };
        /** AgencyRef */
        services__catalog__entries__schemas__AgencyRef: {
            /** Code */
            code: string;
            /** Id */
            id: number;
            /** Name */
            name: string;
        };
        /** AgencyRef */
        services__catalog__search__schemas__AgencyRef: {
            /** Id */
            id: number;
            /** Name */
            name: string;
        };
        /** SimilarColumn */
        SimilarColumn: {
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Live Entries */
            live_entries: number;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
            /**
             * Path
             * @description 栏目位置，如“政务公开 / 政策解读”
             */
            path: string;
        };
        /**
         * StandardAudience
         * @description 公开对象.
         * @enum {string}
         */
        StandardAudience: "public" | "specific";
        /**
         * StandardLevel
         * @description 公开层级: which level of government publishes the item.
         * @enum {string}
         */
        StandardLevel: "county" | "township" | "county_township";
        /**
         * StandardMethod
         * @description 公开方式 (codes shared with the entries' disclosure attribute).
         * @enum {string}
         */
        StandardMethod: "proactive" | "on_request";
        /** SyncItem */
        SyncItem: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /**
             * Change
             * @description published | updated | revoked；updated 包括新版本、到期失效和栏目合并（版本号不变）
             */
            change: string;
            /** @description 发布、更新：该版本的完整公开内容 */
            entry?: components["schemas"]["ExchangeRecord"] | null;
            /**
             * Entry Id
             * Format: uuid
             */
            entry_id: string;
            /**
             * Seq
             * @description 变更序号（递增）
             */
            seq: number;
            /** @description 撤销：条目已不再公开 */
            tombstone?: components["schemas"]["Tombstone"] | null;
            /**
             * Version
             * @description 此次变更后公开的版本号（撤销时为被撤销的版本）
             */
            version?: number | null;
        };
        /** SyncPage */
        SyncPage: {
            /**
             * Has More
             * @description 还有更多变更，应立即继续请求
             */
            has_more: boolean;
            /** Items */
            items: components["schemas"]["SyncItem"][];
            /**
             * Next Cursor
             * @description 下次请求时原样传回；没有新变更时与本次相同
             */
            next_cursor: string;
        };
        /** ThemeCreate */
        ThemeCreate: {
            /**
             * Name
             * @description 分类名称（同级不得重复，忽略空格与全角半角差异）
             */
            name: string;
            /**
             * Name En
             * @description 英文名称
             */
            name_en?: string | null;
            /**
             * Parent Code
             * @description 一级分类代码（两位数字）；为空表示新增一级分类。代码由系统按顺序分配，永不重复使用
             */
            parent_code?: string | null;
            /**
             * Sort Order
             * @description 同级排序；为空则排在最后
             */
            sort_order?: number | null;
        };
        /** ThemeNode */
        ThemeNode: {
            /** Children */
            children?: components["schemas"]["ThemeOut"][];
            /** Code */
            code: string;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /** Name En */
            name_en: string | null;
            /** Parent Code */
            parent_code: string | null;
            /** Sort Order */
            sort_order: number;
            /** Version */
            version: number;
        };
        /** ThemeOut */
        ThemeOut: {
            /** Code */
            code: string;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
            /** Name En */
            name_en: string | null;
            /** Parent Code */
            parent_code: string | null;
            /** Sort Order */
            sort_order: number;
            /** Version */
            version: number;
        };
        /** ThemeRef */
        ThemeRef: {
            /** Code */
            code: string;
            /**
             * Name
             * @description 二级分类名称（完整路径见 /themes）
             */
            name?: string | null;
        };
        /**
         * ThemeUpdate
         * @description Fields to change; omitted fields stay as they are. ``version`` must equal the current version.
         */
        ThemeUpdate: {
            /**
             * Is Active
             * @description false 停用（已使用的条目保留该分类，新稿件不能再选），true 恢复
             */
            is_active?: boolean | null;
            /** Name */
            name?: string | null;
            /**
             * Name En
             * @description 英文名称；传 null 清空
             */
            name_en?: string | null;
            /** Sort Order */
            sort_order?: number | null;
            /**
             * Version
             * @description 修改前的版本号（防止覆盖他人修改）
             */
            version: number;
        };
        /**
         * Timeliness
         * @description Art. 26: within 20 working days of the information being formed or changed.
         */
        Timeliness: {
            /**
             * Formed On
             * @description 信息形成或变更日期
             */
            formed_on?: string | null;
            /**
             * Late
             * @description 超过 20 个工作日
             */
            late?: boolean | null;
            /**
             * Provisional
             * @description 计算涉及尚无官方安排的年份（按周末推算）
             * @default false
             */
            provisional: boolean;
            /**
             * Published
             * @default false
             */
            published: boolean;
            /**
             * Working Days
             * @description 形成（变更）至发布的工作日数；未发布时为至今的工作日数
             */
            working_days?: number | null;
        };
        /** Tombstone */
        Tombstone: {
            /**
             * Entry Id
             * Format: uuid
             */
            entry_id: string;
            /** External Id */
            external_id: string;
            /** Index Number */
            index_number: string | null;
            /** Reason */
            reason: string | null;
            /** Revoked At */
            revoked_at: string | null;
        };
        /** ValidationError */
        ValidationError: {
            /** Context */
            ctx?: Record<string, never>;
            /** Input */
            input?: unknown;
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
        /**
         * Validity
         * @enum {string}
         */
        Validity: "valid" | "expired" | "abolished";
        /** VersionIn */
        VersionIn: {
            /** Version */
            version: number;
        };
        /** VersionOut */
        VersionOut: {
            /** Formed On */
            formed_on: string | null;
            /** Late */
            late: boolean | null;
            /** Note */
            note: string | null;
            /** Number */
            number: number;
            /**
             * Published At
             * Format: date-time
             */
            published_at: string;
            /** Published By Name */
            published_by_name: string | null;
            /** Snapshot */
            snapshot: {
                [key: string]: unknown;
            };
            /** Timeliness Days */
            timeliness_days: number | null;
            /** Timeliness Provisional */
            timeliness_provisional: boolean | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_agencies_api_v1_catalog_agencies_get: {
        parameters: {
            query?: {
                accepts_requests?: boolean | null;
                /** @description 包含已停用机关（需要机关管理权限） */
                include_inactive?: boolean;
                kind?: components["schemas"]["AgencyKind"] | null;
                level?: components["schemas"]["AgencyLevel"] | null;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 只列出该机关的直接下级 */
                parent_id?: number | null;
                /** @description 名称或代码 */
                q?: string | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                /** @description 只列出该机关及其全部下级 */
                within?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AgencySummary_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_agency_api_v1_catalog_agencies_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_agency_api_v1_catalog_agencies__agency_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_agency_api_v1_catalog_agencies__agency_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    deactivate_agency_api_v1_catalog_agencies__agency_id__deactivate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyDeactivate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    agency_history_api_v1_catalog_agencies__agency_id__history_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyHistoryOut"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    move_agency_api_v1_catalog_agencies__agency_id__move_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyMove"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    reactivate_agency_api_v1_catalog_agencies__agency_id__reactivate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyReactivate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    agency_tree_api_v1_catalog_agencies_tree_get: {
        parameters: {
            query?: {
                root_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyTreeNode"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_audit_api_v1_catalog_audit_get: {
        parameters: {
            query?: {
                action?: string | null;
                actor_id?: string | null;
                entity_id?: string | null;
                entity_type?: string | null;
                /** @description 页码，从 1 开始 */
                page?: number;
                request_id?: string | null;
                since?: string | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                until?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditEntryOut_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_columns_api_v1_catalog_columns_get: {
        parameters: {
            query: {
                /** @description 机关 */
                agency_id: number;
                /** @description 包含已停用栏目（仅该机关范围内的工作人员） */
                include_inactive?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColumnNode"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_column_api_v1_catalog_columns_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ColumnCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColumnOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_column_api_v1_catalog_columns__column_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                column_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColumnOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_column_api_v1_catalog_columns__column_id__delete: {
        parameters: {
            query: {
                /** @description 栏目的当前版本号 */
                version: number;
            };
            header?: never;
            path: {
                column_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_column_api_v1_catalog_columns__column_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                column_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ColumnUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColumnOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    deactivate_column_api_v1_catalog_columns__column_id__deactivate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                column_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ColumnVersion"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColumnOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    merge_column_api_v1_catalog_columns__column_id__merge_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                column_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ColumnMerge"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColumnMergeOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    reactivate_column_api_v1_catalog_columns__column_id__reactivate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                column_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ColumnVersion"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColumnOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    duplicate_columns_api_v1_catalog_columns_duplicates_get: {
        parameters: {
            query: {
                agency_id: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateGroup"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    all_dictionaries_api_v1_catalog_dictionaries_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
        };
    };
    one_dictionary_api_v1_catalog_dictionaries__name__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_entries_api_v1_catalog_entries_get: {
        parameters: {
            query?: {
                /** @description 发布机构 */
                agency_id?: number | null;
                /** @description 待我审查（排除本人起草、修改的条目） */
                awaiting_my_review?: boolean;
                column_id?: number | null;
                disclosure_attribute?: components["schemas"]["DisclosureAttribute"] | null;
                genre?: components["schemas"]["Genre"] | null;
                /** @description 包含下级机关 */
                include_subordinates?: boolean;
                /** @description 已发布且超过 20 个工作日 */
                late?: boolean | null;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 已发布且有尚未发布的修改 */
                pending_changes?: boolean | null;
                /** @description 标题、文号或索引号包含 */
                q?: string | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                status?: components["schemas"]["EntryStatus"] | null;
                /** @description 主题分类（一级代码包含其下二级） */
                theme_code?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_EntrySummary_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_entry_api_v1_catalog_entries_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_entry_api_v1_catalog_entries__entry_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_entry_api_v1_catalog_entries__entry_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    approve_entry_api_v1_catalog_entries__entry_id__approve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    upload_attachment_api_v1_catalog_entries__entry_id__attachments_post: {
        parameters: {
            query: {
                /** @description 文件名（含扩展名） */
                filename: string;
                /** @description 显示名称 */
                title?: string | null;
            };
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    download_attachment_api_v1_catalog_entries__entry_id__attachments__attachment_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    remove_attachment_api_v1_catalog_entries__entry_id__attachments__attachment_id__delete: {
        parameters: {
            query: {
                /** @description 条目当前版本号 */
                version: number;
            };
            header?: never;
            path: {
                attachment_id: string;
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    discard_changes_api_v1_catalog_entries__entry_id__discard_changes_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    entry_history_api_v1_catalog_entries__entry_id__history_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryOut"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    return_entry_api_v1_catalog_entries__entry_id__return_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    revoke_entry_api_v1_catalog_entries__entry_id__revoke_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    submit_entry_api_v1_catalog_entries__entry_id__submit_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    entry_versions_api_v1_catalog_entries__entry_id__versions_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionOut"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    withdraw_entry_api_v1_catalog_entries__entry_id__withdraw_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    staff_search_api_v1_catalog_entries_search_get: {
        parameters: {
            query?: {
                /** @description 发布机构 */
                agency_id?: number | null;
                /** @description 组配分类（栏目） */
                column_id?: number | null;
                /** @description 公开属性 */
                disclosure_attribute?: components["schemas"]["DisclosureAttribute"] | null;
                /** @description 同时返回分面统计（体裁、一级主题、年度、有效性、公开属性、机关） */
                facets?: boolean;
                /** @description 体裁分类 */
                genre?: components["schemas"]["Genre"] | null;
                /** @description 包含下级机关 */
                include_subordinates?: boolean;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 发布日期起（含） */
                published_from?: string | null;
                /** @description 发布日期止（含） */
                published_to?: string | null;
                /** @description 检索词：按词检索（2 个字的词也可以，如 年报、公开；多个词以空格分隔，须同时命中）；3 个字符以上时也匹配标题、文号、索引号中的片段（如 〔2018〕6号、2025-000）；不填则按筛选条件列出 */
                q?: string | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                /** @description relevance：相关度；date：发布日期（新→旧）；无检索词时按发布日期 */
                sort?: "relevance" | "date";
                /** @description 条目状态 */
                status?: components["schemas"]["EntryStatus"] | null;
                /** @description 主题分类：一级代码（如 11）包含其下二级；二级代码（如 11.02）精确匹配 */
                theme?: string | null;
                /** @description 有效性 */
                validity?: components["schemas"]["Validity"] | null;
                /** @description 成文日期起（含） */
                written_from?: string | null;
                /** @description 成文日期止（含） */
                written_to?: string | null;
                /** @description 年度（发布年度；未发布的按成文年度） */
                year?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPage"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    export_api_v1_catalog_export_get: {
        parameters: {
            query?: {
                /** @description 发布机构 */
                agency_id?: number | null;
                /** @description ndjson | csv | xlsx */
                format?: components["schemas"]["ExchangeFormat"];
                /** @description 包含下级机关 */
                include_subordinates?: boolean;
                /** @description 已发布版本的发布时间不早于（含） */
                since?: string | null;
                /** @description 已发布版本的发布时间早于（不含） */
                until?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "application/x-ndjson; charset=utf-8": unknown;
                    "text/csv; charset=utf-8": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    agency_feed_api_v1_catalog_feeds_agencies__agency_id__atom_get: {
        parameters: {
            query?: {
                /** @description 包含下级机关发布的信息 */
                include_subordinates?: boolean;
            };
            header?: never;
            path: {
                agency_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": unknown;
                };
            };
            /** @description 未变化 */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    column_feed_api_v1_catalog_feeds_columns__column_id__atom_get: {
        parameters: {
            query?: {
                /** @description 包含下级栏目中的信息 */
                include_subordinates?: boolean;
            };
            header?: never;
            path: {
                column_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": unknown;
                };
            };
            /** @description 未变化 */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_imports_api_v1_catalog_imports_get: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ImportJobOut_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_import_api_v1_catalog_imports_post: {
        parameters: {
            query: {
                /** @description 未写明发布机构的行所属的机关 */
                agency_id?: number | null;
                /** @description 原文件名（显示用） */
                filename?: string | null;
                /** @description 文件格式：ndjson | csv | xlsx */
                format: components["schemas"]["ExchangeFormat"];
                /** @description published：按已发布导入（直接公开）；draft：导入为草稿 */
                mode?: components["schemas"]["ImportMode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/x-ndjson": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_import_api_v1_catalog_imports__job_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    import_errors_api_v1_catalog_imports__job_id__errors_get: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
            };
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ImportRowErrorOut_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    latest_api_v1_catalog_latest_get: {
        parameters: {
            query?: {
                /** @description 发布机构；不填为全部 */
                agency_id?: number | null;
                /** @description 包含下级机关 */
                include_subordinates?: boolean;
                /** @description 条数，最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LatestList"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    uninterpreted_policies_api_v1_catalog_policies_uninterpreted_get: {
        parameters: {
            query?: {
                agency_id?: number | null;
                include_subordinates?: boolean;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PolicyOut_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    public_annual_reports_api_v1_catalog_public_annual_reports_get: {
        parameters: {
            query?: {
                agency_id?: number | null;
                /** @description 包含下级机关 */
                include_subordinates?: boolean;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PublicListItem_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    public_entry_api_v1_catalog_public_entries__entry_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    public_attachment_api_v1_catalog_public_entries__entry_id__attachments__attachment_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: string;
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    public_by_index_api_v1_catalog_public_entries_by_index_get: {
        parameters: {
            query: {
                /** @description 索引号，如 014289810/2025-00013 */
                index_number: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEntryOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    public_search_api_v1_catalog_search_get: {
        parameters: {
            query?: {
                /** @description 发布机构 */
                agency_id?: number | null;
                /** @description 组配分类（栏目） */
                column_id?: number | null;
                /** @description 公开属性 */
                disclosure_attribute?: components["schemas"]["DisclosureAttribute"] | null;
                /** @description 同时返回分面统计（体裁、一级主题、年度、有效性、公开属性、机关） */
                facets?: boolean;
                /** @description 体裁分类 */
                genre?: components["schemas"]["Genre"] | null;
                /** @description 包含下级机关 */
                include_subordinates?: boolean;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 发布日期起（含） */
                published_from?: string | null;
                /** @description 发布日期止（含） */
                published_to?: string | null;
                /** @description 检索词：按词检索（2 个字的词也可以，如 年报、公开；多个词以空格分隔，须同时命中）；3 个字符以上时也匹配标题、文号、索引号中的片段（如 〔2018〕6号、2025-000）；不填则按筛选条件列出 */
                q?: string | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                /** @description relevance：相关度；date：发布日期（新→旧）；无检索词时按发布日期 */
                sort?: "relevance" | "date";
                /** @description 主题分类：一级代码（如 11）包含其下二级；二级代码（如 11.02）精确匹配 */
                theme?: string | null;
                /** @description 有效性 */
                validity?: components["schemas"]["Validity"] | null;
                /** @description 成文日期起（含） */
                written_from?: string | null;
                /** @description 成文日期止（含） */
                written_to?: string | null;
                /** @description 年度（发布年度；未发布的按成文年度） */
                year?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPage"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_areas_api_v1_catalog_standard_areas_get: {
        parameters: {
            query?: {
                /** @description 包含已停用的领域（仅工作人员） */
                include_inactive?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaOut"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_area_api_v1_catalog_standard_areas_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AreaCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_area_api_v1_catalog_standard_areas__code__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AreaUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_items_api_v1_catalog_standard_items_get: {
        parameters: {
            query: {
                agency_id: number;
                /** @description 只列出该领域 */
                area_code?: string | null;
                /** @description 包含已停用事项（仅该机关范围内的工作人员） */
                include_inactive?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemNode"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_item_api_v1_catalog_standard_items_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_item_api_v1_catalog_standard_items__item_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_item_api_v1_catalog_standard_items__item_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    deactivate_item_api_v1_catalog_standard_items__item_id__deactivate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemVersion"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    reactivate_item_api_v1_catalog_standard_items__item_id__reactivate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemVersion"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    copy_items_api_v1_catalog_standard_items_copy_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemCopy"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CopyResult"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    coverage_api_v1_catalog_standard_items_coverage_get: {
        parameters: {
            query: {
                agency_id: number;
                area_code?: string | null;
                /** @description 期间开始日期（含） */
                from: string;
                /** @description 期间结束日期（含）；期间最长 5 年 */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    sync_api_v1_catalog_sync_get: {
        parameters: {
            query?: {
                /** @description 只同步该机关 */
                agency_id?: number | null;
                /** @description 上次响应中的 next_cursor；不填则从头开始 */
                cursor?: string | null;
                /** @description 包含下级机关 */
                include_subordinates?: boolean;
                /** @description 本次最多返回的变更数 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncPage"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_themes_api_v1_catalog_themes_get: {
        parameters: {
            query?: {
                /** @description 包含已停用的分类（仅工作人员） */
                include_inactive?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeNode"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_theme_api_v1_catalog_themes_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemeCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_theme_api_v1_catalog_themes__code__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 分类代码，如 11 或 11.02 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemeUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeOut"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    timeliness_api_v1_catalog_timeliness_get: {
        parameters: {
            query?: {
                agency_id?: number | null;
                include_subordinates?: boolean;
                kind?: "late" | "pending";
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
                /** @description 发布年度（仅 late） */
                year?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_LateEntryOut_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
