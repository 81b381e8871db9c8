// Generated from the statistics OpenAPI document by scripts/gen-api.mjs. Do not edit: run `make api-types`.
export interface paths {
    "/api/v1/statistics/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本账号数据范围内的机关 */
        get: operations["list_replica_api_v1_statistics_agencies_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志（仅管理员） */
        get: operations["list_audit_api_v1_statistics_audit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/checker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 检查年度报告：识别表格与正文数字，列出违反 R1–R6 的单元格 */
        post: operations["check_report_api_v1_statistics_checker_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/dashboards/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 主动公开看板（按体裁、主题，超期发布，缺少解读的政策） */
        get: operations["catalog_dashboard_api_v1_statistics_dashboards_catalog_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/dashboards/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 依申请公开看板（受理、办结、按期率、用时、逾期、趋势、下级排名） */
        get: operations["request_dashboard_api_v1_statistics_dashboards_requests_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/dictionaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全部字典（枚举值与中英文名称） */
        get: operations["all_dictionaries_api_v1_statistics_dictionaries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/dictionaries/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单个字典 */
        get: operations["one_dictionary_api_v1_statistics_dictionaries__name__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/figures/{agency_id}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某机关某年度的填报数据（行政许可、处罚、强制、收费等） */
        get: operations["get_figures_api_v1_statistics_figures__agency_id___year__get"];
        /** 填报或推送某机关某年度的数据（支持 Idempotency-Key） */
        put: operations["put_figures_api_v1_statistics_figures__agency_id___year__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/public/reports/{report_id}/report.{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布年度报告的文件（公开） */
        get: operations["published_file_api_v1_statistics_public_reports__report_id__report__kind__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度报告列表（本账号数据范围内） */
        get: operations["list_reports_api_v1_statistics_reports_get"];
        put?: never;
        /** 建立年度报告草稿（自动生成总体情况草稿） */
        post: operations["create_report_api_v1_statistics_reports_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reports/{report_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度报告（含表格与勾稽关系检查结果） */
        get: operations["get_report_api_v1_statistics_reports__report_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改标题与正文（起草中、退回修改时） */
        patch: operations["update_report_api_v1_statistics_reports__report_id__patch"];
        trace?: never;
    };
    "/api/v1/statistics/reports/{report_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过 */
        post: operations["accept_report_api_v1_statistics_reports__report_id__accept_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reports/{report_id}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 根据表格数据生成正文草稿（一、六） */
        get: operations["draft_texts_api_v1_statistics_reports__report_id__drafts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reports/{report_id}/export.{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出 .docx / .xlsx / PDF / HTML（当前内容） */
        get: operations["export_report_api_v1_statistics_reports__report_id__export__kind__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reports/{report_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报告流转记录 */
        get: operations["report_history_api_v1_statistics_reports__report_id__history_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reports/{report_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布（在本机关年度报告栏目生成目录条目） */
        post: operations["publish_report_api_v1_statistics_reports__report_id__publish_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reports/{report_id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改（须填写意见） */
        post: operations["return_report_api_v1_statistics_reports__report_id__return_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reports/{report_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报送政务公开工作机构审核 */
        post: operations["submit_report_api_v1_statistics_reports__report_id__submit_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reports/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按年度即时计算某机关（或含下级汇总）的报告表格 */
        get: operations["compute_report_api_v1_statistics_reports_compute_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reports/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报送与发布期限：未按期报送、发布的机关 */
        get: operations["deadlines_api_v1_statistics_reports_deadlines_get"];
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
        /** AgencyReplicaOut */
        AgencyReplicaOut: {
            /** Accepts Requests */
            accepts_requests: boolean;
            /** Code */
            code: string;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /** Id */
            id: number;
            /** Is Active */
            is_active: boolean;
            /** Level */
            level: string;
            /** Name */
            name: string;
            /** Parent Id */
            parent_id: number | null;
            /** Path */
            path: string;
            /** Short Name */
            short_name: string | null;
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
        /** Body_check_report_api_v1_statistics_checker_post */
        Body_check_report_api_v1_statistics_checker_post: {
            /**
             * File
             * @description 报告文件（.docx、.xlsx、PDF、HTML 或纯文本）
             */
            file?: string | null;
            /**
             * Previous
             * @description 上一年度的报告（可选，用于检查 R5）
             */
            previous?: string | null;
            /**
             * Text
             * @description 或：从网页复制的报告全文
             */
            text?: string | null;
        };
        /** CatalogDashboard */
        CatalogDashboard: {
            /** Agency Id */
            agency_id: number;
            /** By Genre */
            by_genre: {
                [key: string]: number;
            };
            /** By Theme */
            by_theme: {
                [key: string]: number;
            };
            /**
             * End
             * Format: date
             */
            end: string;
            /** Late */
            late: number;
            /** Late Entries */
            late_entries: components["schemas"]["EntryRef"][];
            /** Late Rate */
            late_rate: number | null;
            /** Policies */
            policies: number;
            /** Policies Without Interpretation */
            policies_without_interpretation: number;
            /** Policies Without Interpretation Entries */
            policies_without_interpretation_entries: components["schemas"]["EntryRef"][];
            /** Published */
            published: number;
            /** Scope */
            scope: string;
            /**
             * Start
             * Format: date
             */
            start: string;
        };
        /** CheckResult */
        CheckResult: {
            /**
             * Claims
             * @description 正文中读到的数字陈述条数
             */
            claims: number;
            /** Figures */
            figures: {
                [key: string]: unknown;
            };
            /**
             * Format
             * @description 报告格式：2021（国办公开办函〔2021〕30号）或 2019（试行）
             */
            format: string | null;
            /** Found */
            found: {
                [key: string]: boolean;
            };
            /**
             * Kind
             * @description 识别出的文件类型：docx、xlsx、pdf、html、text
             */
            kind: string;
            /** Notes */
            notes: string[];
            /** Ok */
            ok: boolean;
            /** Violations */
            violations: components["schemas"]["ViolationOut"][];
            /** Year */
            year: number | null;
        };
        /** ComputedReport */
        ComputedReport: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string;
            /** Figures */
            figures: {
                [key: string]: unknown;
            };
            scope: components["schemas"]["ReportScope"];
            /** Violations */
            violations: components["schemas"]["ViolationOut"][];
            /** Year */
            year: number;
        };
        /** DeadlineReport */
        DeadlineReport: {
            /**
             * Government Deadline
             * Format: date
             * @description 县级以上人民政府报告的发布期限：次年 3 月 31 日
             */
            government_deadline: string;
            /** Items */
            items: components["schemas"]["DeadlineRow"][];
            /** Not Published */
            not_published: number;
            /** Not Submitted */
            not_submitted: number;
            /**
             * Submit Deadline
             * Format: date
             * @description 部门（及乡镇）报告的报送与发布期限：次年 1 月 31 日
             */
            submit_deadline: string;
            /** Total */
            total: number;
            /** Year */
            year: number;
        };
        /** DeadlineRow */
        DeadlineRow: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string;
            /**
             * Deadline
             * Format: date
             */
            deadline: string;
            expected_scope: components["schemas"]["ReportScope"];
            /** Kind */
            kind: string | null;
            /** Level */
            level: string;
            /**
             * Overdue
             * @description 期限已过且尚未完成
             */
            overdue: boolean;
            /** Published At */
            published_at: string | null;
            /** Published On Time */
            published_on_time: boolean;
            /** Report Id */
            report_id: number | null;
            status: components["schemas"]["ReportStatus"] | null;
            /** Submitted At */
            submitted_at: string | null;
            /** Submitted On Time */
            submitted_on_time: boolean;
        };
        /** DraftTexts */
        DraftTexts: {
            /**
             * Other Text
             * @description 根据收费数据生成的“六、其他需要报告的事项”草稿
             */
            other_text: string;
            /**
             * Overview Text
             * @description 根据表格数据生成的“一、总体情况”草稿
             */
            overview_text: string;
        };
        /** EntryRef */
        EntryRef: {
            /** Agency Id */
            agency_id: number;
            /** Entry Id */
            entry_id: string;
            /** Index Number */
            index_number: string | null;
            /** Late Provisional */
            late_provisional?: boolean | null;
            /** Published On */
            published_on: string | null;
            /** Timeliness Days */
            timeliness_days?: number | null;
            /** Title */
            title: string;
            /** Written On */
            written_on?: string | null;
        };
        /** FigureDefinition */
        FigureDefinition: {
            /** Code */
            code: string;
            /**
             * Decimal
             * @description 金额（万元，最多四位小数）；否则为件数
             */
            decimal: boolean;
            /** Label */
            label: string;
            /**
             * Signed
             * @description 可为负数（本年增/减）
             */
            signed: boolean;
        };
        /** FiguresIn */
        FiguresIn: {
            /**
             * Figures
             * @description 代码 → 数值；未列出的代码视为 0
             */
            figures: {
                [key: string]: number | string;
            };
            /**
             * Version
             * @description 修改已有数据时须提供当前版本号
             */
            version?: number | null;
        };
        /** FiguresOut */
        FiguresOut: {
            /** Agency Id */
            agency_id: number;
            /** Definitions */
            definitions: components["schemas"]["FigureDefinition"][];
            /** Figures */
            figures: {
                [key: string]: string;
            };
            /** Format */
            format: string;
            /** Source */
            source: string | null;
            /** Updated At */
            updated_at: string | null;
            /** Updated By */
            updated_by: string | null;
            /** Version */
            version: number | null;
            /** Year */
            year: number;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** MonthFigures */
        MonthFigures: {
            /** Closed */
            closed: number;
            /**
             * Month
             * @description YYYY-MM
             */
            month: string;
            /** Received */
            received: number;
        };
        /** Page[agency_replica_router.<locals>.AgencyReplicaOut] */
        Page_AgencyReplicaOut_: {
            /** Items */
            items: components["schemas"]["AgencyReplicaOut"][];
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
        /** Page[ReportSummary] */
        Page_ReportSummary_: {
            /** Items */
            items: components["schemas"]["ReportSummary"][];
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
         * ReportActionName
         * @description 年度报告的操作（edit 为 PATCH 报告本身，其余为 POST /reports/{id}/<操作名>）
         * @enum {string}
         */
        ReportActionName: "edit" | "submit" | "return" | "accept" | "publish";
        /** ReportActionOut */
        ReportActionOut: {
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
            /** Comment */
            comment: string | null;
            /** From Status */
            from_status: string | null;
            /** To Status */
            to_status: string;
        };
        /** ReportCreate */
        ReportCreate: {
            /** Agency Id */
            agency_id: number;
            /** @default agency */
            scope: components["schemas"]["ReportScope"];
            /**
             * Year
             * @description 报告年度（2019、2020 年使用试行格式）
             */
            year: number;
        };
        /** ReportOut */
        ReportOut: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name?: string | null;
            /**
             * Allowed Actions
             * @description 当前账号现在可以执行的操作（与可调用的接口一致）
             */
            allowed_actions?: components["schemas"]["ReportActionName"][];
            /**
             * Figures
             * @description 各表数据（起草中为实时计算，报送后为报送时的数据）
             */
            figures: {
                [key: string]: unknown;
            };
            /**
             * Files
             * @description 已发布报告的文件地址
             */
            files?: {
                [key: string]: string;
            };
            /** Format */
            format: string;
            /** Id */
            id: number;
            /**
             * Live
             * @description 表格是否为实时计算（起草中、退回修改）
             */
            live: boolean;
            /** Other Text */
            other_text: string;
            /** Overview Text */
            overview_text: string;
            /** Problems Text */
            problems_text: string;
            /** Published At */
            published_at: string | null;
            /** Review Comment */
            review_comment: string | null;
            /** Reviewed At */
            reviewed_at: string | null;
            scope: components["schemas"]["ReportScope"];
            status: components["schemas"]["ReportStatus"];
            /** Submitted At */
            submitted_at: string | null;
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Violations */
            violations: components["schemas"]["ViolationOut"][];
            /** Year */
            year: number;
        };
        /**
         * ReportScope
         * @enum {string}
         */
        ReportScope: "agency" | "rollup";
        /**
         * ReportStatus
         * @enum {string}
         */
        ReportStatus: "draft" | "submitted" | "returned" | "accepted" | "published";
        /** ReportSummary */
        ReportSummary: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name?: string | null;
            /** Format */
            format: string;
            /** Id */
            id: number;
            /** Published At */
            published_at: string | null;
            scope: components["schemas"]["ReportScope"];
            status: components["schemas"]["ReportStatus"];
            /** Submitted At */
            submitted_at: string | null;
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Year */
            year: number;
        };
        /** ReportUpdate */
        ReportUpdate: {
            /**
             * Other Text
             * @description 六、其他需要报告的事项
             */
            other_text?: string | null;
            /**
             * Overview Text
             * @description 一、总体情况
             */
            overview_text?: string | null;
            /**
             * Problems Text
             * @description 五、存在的主要问题及改进情况
             */
            problems_text?: string | null;
            /** Title */
            title?: string | null;
            /**
             * Version
             * @description 当前版本号（防止覆盖他人的修改）
             */
            version: number;
        };
        /** RequestDashboard */
        RequestDashboard: {
            /** Agency Id */
            agency_id: number;
            /** Applicant Types */
            applicant_types: {
                [key: string]: number;
            };
            /** Channels */
            channels: {
                [key: string]: number;
            };
            /** Closed */
            closed: number;
            /**
             * End
             * Format: date
             */
            end: string;
            /** Median Working Days */
            median_working_days: number | null;
            /** Months */
            months: components["schemas"]["MonthFigures"][];
            /**
             * On Time Rate
             * @description 按期办结率（0–1）
             */
            on_time_rate: number | null;
            /** Open Now */
            open_now: number;
            /** Outcomes */
            outcomes: {
                [key: string]: number;
            };
            /** Overdue Now */
            overdue_now: number;
            /** P90 Working Days */
            p90_working_days: number | null;
            /** Received */
            received: number;
            /** Scope */
            scope: string;
            /**
             * Start
             * Format: date
             */
            start: string;
            /** Subordinates */
            subordinates: components["schemas"]["SubordinateFigures"][];
        };
        /** ReturnWithComments */
        ReturnWithComments: {
            /**
             * Comment
             * @description 退回意见
             */
            comment: string;
            /** Version */
            version: number;
        };
        /** SubordinateFigures */
        SubordinateFigures: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string;
            /** Closed */
            closed: number;
            /** On Time Rate */
            on_time_rate: number | null;
            /** Overdue Now */
            overdue_now: number;
            /** Rank */
            rank: number;
            /** Received */
            received: number;
        };
        /** Transition */
        Transition: {
            /** Comment */
            comment?: string | null;
            /** Version */
            version: number;
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
        /** ViolationOut */
        ViolationOut: {
            /** Actual */
            actual?: string | null;
            /** Cells */
            cells: string[];
            /** Expected */
            expected?: string | null;
            /** Message */
            message: string;
            /** Message En */
            message_en: string;
            /** Rule */
            rule: string;
            /**
             * Severity
             * @enum {string}
             */
            severity: "error" | "warning";
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
    list_replica_api_v1_statistics_agencies_get: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 名称 */
                q?: string | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                /** @description 只列出该机关及其下级 */
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
                    "application/json": components["schemas"]["Page_AgencyReplicaOut_"];
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
    list_audit_api_v1_statistics_audit_get: {
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
    check_report_api_v1_statistics_checker_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": components["schemas"]["Body_check_report_api_v1_statistics_checker_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckResult"];
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
    catalog_dashboard_api_v1_statistics_dashboards_catalog_get: {
        parameters: {
            query: {
                agency_id: number;
                end?: string | null;
                scope?: components["schemas"]["ReportScope"];
                start?: string | null;
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
                    "application/json": components["schemas"]["CatalogDashboard"];
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
    request_dashboard_api_v1_statistics_dashboards_requests_get: {
        parameters: {
            query: {
                agency_id: number;
                /** @description 结束日期（默认今天） */
                end?: string | null;
                scope?: components["schemas"]["ReportScope"];
                /** @description 开始日期（默认本年 1 月 1 日） */
                start?: string | null;
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
                    "application/json": components["schemas"]["RequestDashboard"];
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
    all_dictionaries_api_v1_statistics_dictionaries_get: {
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
    one_dictionary_api_v1_statistics_dictionaries__name__get: {
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
    get_figures_api_v1_statistics_figures__agency_id___year__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
                /** @description 报告年度 */
                year: number;
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
                    "application/json": components["schemas"]["FiguresOut"];
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
    put_figures_api_v1_statistics_figures__agency_id___year__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
                /** @description 报告年度 */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FiguresIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiguresOut"];
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
    published_file_api_v1_statistics_public_reports__report_id__report__kind__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "docx" | "xlsx" | "pdf";
                report_id: number;
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
    list_reports_api_v1_statistics_reports_get: {
        parameters: {
            query?: {
                agency_id?: number | null;
                /** @description 页码，从 1 开始 */
                page?: number;
                scope?: components["schemas"]["ReportScope"] | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                status?: components["schemas"]["ReportStatus"] | null;
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
                    "application/json": components["schemas"]["Page_ReportSummary_"];
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
    create_report_api_v1_statistics_reports_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOut"];
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
    get_report_api_v1_statistics_reports__report_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
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
                    "application/json": components["schemas"]["ReportOut"];
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
    update_report_api_v1_statistics_reports__report_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOut"];
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
    accept_report_api_v1_statistics_reports__report_id__accept_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Transition"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOut"];
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
    draft_texts_api_v1_statistics_reports__report_id__drafts_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
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
                    "application/json": components["schemas"]["DraftTexts"];
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
    export_report_api_v1_statistics_reports__report_id__export__kind__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "docx" | "xlsx" | "pdf" | "html";
                report_id: number;
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
    report_history_api_v1_statistics_reports__report_id__history_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
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
                    "application/json": components["schemas"]["ReportActionOut"][];
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
    publish_report_api_v1_statistics_reports__report_id__publish_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Transition"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOut"];
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
    return_report_api_v1_statistics_reports__report_id__return_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnWithComments"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOut"];
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
    submit_report_api_v1_statistics_reports__report_id__submit_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Transition"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportOut"];
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
    compute_report_api_v1_statistics_reports_compute_get: {
        parameters: {
            query: {
                agency_id: number;
                scope?: components["schemas"]["ReportScope"];
                year: number;
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
                    "application/json": components["schemas"]["ComputedReport"];
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
    deadlines_api_v1_statistics_reports_deadlines_get: {
        parameters: {
            query: {
                /** @description 只列出已逾期的机关 */
                only_overdue?: boolean;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
                /** @description 只看该机关及其下级 */
                within?: number | null;
                year: number;
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
                    "application/json": components["schemas"]["DeadlineReport"];
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
