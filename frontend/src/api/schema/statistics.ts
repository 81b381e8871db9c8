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
    "/api/v1/statistics/assessments/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传证据（截图、文件；按内容识别类型，拒绝可执行文件和伪装文件） */
        post: operations["upload_api_v1_statistics_assessments_files_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载证据文件 */
        get: operations["download_api_v1_statistics_assessments_files__file_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 整改清单（监督机构看下级，被测评机关看本机关） */
        get: operations["list_issues_api_v1_statistics_assessments_issues_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/issues/{issue_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 整改问题（含答复与审核记录） */
        get: operations["get_issue_api_v1_statistics_assessments_issues__issue_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/issues/{issue_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认整改到位（监督机构） */
        post: operations["issue_accept_api_v1_statistics_assessments_issues__issue_id__accept_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/issues/{issue_id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复整改情况（被测评机关，附证据） */
        post: operations["issue_answer_api_v1_statistics_assessments_issues__issue_id__answer_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/issues/{issue_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销问题（误登记等） */
        post: operations["issue_cancel_api_v1_statistics_assessments_issues__issue_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/issues/{issue_id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回整改答复（须写明理由） */
        post: operations["issue_return_api_v1_statistics_assessments_issues__issue_id__return_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/issues/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问题汇总：各类问题数量、整改完成、逾期（本账号可见的全部测评与巡查） */
        get: operations["issue_summary_api_v1_statistics_assessments_issues_summary_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可用的自动测量项（参数、适用的计分规则） */
        get: operations["list_measures_api_v1_statistics_assessments_measures_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/monitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日常巡查项（本账号数据范围内的监督机构设置的） */
        get: operations["list_monitors_api_v1_statistics_assessments_monitors_get"];
        put?: never;
        /** 设置日常巡查（每天对下级机关检查，发现问题即列入整改清单并通知） */
        post: operations["create_monitor_api_v1_statistics_assessments_monitors_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/monitors/{monitor_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改日常巡查项 */
        put: operations["update_monitor_api_v1_statistics_assessments_monitors__monitor_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/monitors/{monitor_id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即运行一次巡查（截至今天） */
        post: operations["run_monitor_api_v1_statistics_assessments_monitors__monitor_id__run_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的测评通知（新的整改问题、被退回的答复） */
        get: operations["list_notices_api_v1_statistics_assessments_notices_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/notices/{notice_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记通知为已读 */
        post: operations["read_notice_api_v1_statistics_assessments_notices__notice_id__read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 测评轮次（本账号监督的，以及本机关参加的） */
        get: operations["list_rounds_api_v1_statistics_assessments_rounds_get"];
        put?: never;
        /** 开启测评轮次（对所选机关即时测量自动指标；回头看带入上一轮未完成整改的问题） */
        post: operations["open_round_api_v1_statistics_assessments_rounds_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds/{round_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 测评轮次 */
        get: operations["get_round_api_v1_statistics_assessments_rounds__round_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds/{round_id}/circular": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通报正文（未修改时为根据测评结果生成的草稿） */
        get: operations["get_circular_api_v1_statistics_assessments_rounds__round_id__circular_get"];
        /** 修改通报正文（得分表始终取自测评结果） */
        put: operations["put_circular_api_v1_statistics_assessments_rounds__round_id__circular_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds/{round_id}/circular.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载通报（Word，附各组得分统计表） */
        get: operations["circular_docx_api_v1_statistics_assessments_rounds__round_id__circular_docx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds/{round_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭测评（停止评分） */
        post: operations["round_close_api_v1_statistics_assessments_rounds__round_id__close_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds/{round_id}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记问题（列入该机关的整改清单，并即时通知） */
        post: operations["raise_issue_api_v1_statistics_assessments_rounds__round_id__issues_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds/{round_id}/issues/from-lost-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按自动指标失分生成整改问题（已生成的不重复） */
        post: operations["issues_from_lost_points_api_v1_statistics_assessments_rounds__round_id__issues_from_lost_points_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds/{round_id}/measure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新测量自动指标（截至测评期末） */
        post: operations["remeasure_api_v1_statistics_assessments_rounds__round_id__measure_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds/{round_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布测评结果（被测评机关可见得分与排名） */
        post: operations["round_publish_api_v1_statistics_assessments_rounds__round_id__publish_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds/{round_id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新开放测评 */
        post: operations["round_reopen_api_v1_statistics_assessments_rounds__round_id__reopen_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds/{round_id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 测评结果：得分、分组排名、与上一轮比较、高频问题、整改完成率 */
        get: operations["results_api_v1_statistics_assessments_rounds__round_id__results_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds/{round_id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核测评结果（须由关闭人以外的人员） */
        post: operations["round_review_api_v1_statistics_assessments_rounds__round_id__review_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/rounds/{round_id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 得分明细（自动指标附测量值；被测评机关在发布后可见本机关得分） */
        get: operations["scores_api_v1_statistics_assessments_rounds__round_id__scores_get"];
        /** 人工评分（附证据；他人已先改动同一项时拒绝，须刷新后再评） */
        put: operations["set_score_api_v1_statistics_assessments_rounds__round_id__scores_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/self-inspections/{agency_id}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自检自查报告（未保存时为根据本机关数据生成的草稿） */
        get: operations["get_self_inspection_api_v1_statistics_assessments_self_inspections__agency_id___year__get"];
        /** 保存自检自查报告 */
        put: operations["put_self_inspection_api_v1_statistics_assessments_self_inspections__agency_id___year__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/self-inspections/{agency_id}/{year}/export.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载自检自查报告（Word） */
        get: operations["self_inspection_docx_api_v1_statistics_assessments_self_inspections__agency_id___year__export_docx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标体系列表（本账号数据范围内的监督机构） */
        get: operations["list_systems_api_v1_statistics_assessments_systems_get"];
        put?: never;
        /** 制定指标体系（各级指标分值须合计一致，自动指标须有适用的计分规则） */
        post: operations["create_system_api_v1_statistics_assessments_systems_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/systems/{system_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标体系（含指标树） */
        get: operations["get_system_api_v1_statistics_assessments_systems__system_id__get"];
        /** 修改指标体系（仅草稿） */
        put: operations["update_system_api_v1_statistics_assessments_systems__system_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/systems/{system_id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用指标体系（启用后不可修改，可复制后调整） */
        post: operations["system_activate_api_v1_statistics_assessments_systems__system_id__activate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/systems/{system_id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复制指标体系（如沿用上一年度的体系后调整） */
        post: operations["copy_system_api_v1_statistics_assessments_systems__system_id__copy_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/systems/{system_id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用指标体系 */
        post: operations["system_retire_api_v1_statistics_assessments_systems__system_id__retire_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/assessments/templates/example": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 示例指标体系（参照旗县考核通报和地市季度测评拟定，可据此新建后调整） */
        get: operations["example_api_v1_statistics_assessments_templates_example_get"];
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
        /**
         * AgencyGroup
         * @enum {string}
         */
        AgencyGroup: "government" | "department" | "township" | "other";
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
        /** AgencyResult */
        AgencyResult: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string;
            /**
             * By Indicator
             * @description 各指标（含分组）得分
             */
            by_indicator: {
                [key: string]: string;
            };
            /** Change */
            change: string | null;
            /** Group Code */
            group_code: string;
            /** Group Name */
            group_name: string;
            /** Issues */
            issues: number;
            /** Issues Closed */
            issues_closed: number;
            /** Previous Total */
            previous_total: string | null;
            /** Rank */
            rank: number;
            /** Total */
            total: string;
            /**
             * Unscored
             * @description 尚未评分的人工指标数
             */
            unscored: number;
            /** Vetoed */
            vetoed: boolean;
        };
        /** AnswerIn */
        AnswerIn: {
            /** Evidence */
            evidence?: components["schemas"]["EvidenceIn"][];
            /**
             * Text
             * @description 整改情况
             */
            text: string;
            /** Version */
            version: number;
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
        /** CategoryCount */
        CategoryCount: {
            /** Category */
            category: string;
            /** Count */
            count: number;
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
        /** CircularIn */
        CircularIn: {
            /** Addressees */
            addressees: string;
            /** Sections */
            sections: components["schemas"]["CircularSection"][];
            /** Title */
            title: string;
            /**
             * Version
             * @description 通报正文的版本号（尚未修改为 0）
             */
            version: number;
        };
        /** CircularOut */
        CircularOut: {
            /** Addressees */
            addressees: string;
            /** Edited */
            edited: boolean;
            /** Round Id */
            round_id: number;
            /** Sections */
            sections: {
                [key: string]: unknown;
            }[];
            /** Title */
            title: string;
            /** Version */
            version: number;
        };
        /** CircularSection */
        CircularSection: {
            /** Heading */
            heading: string;
            /** Paragraphs */
            paragraphs: string[];
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
        /** CopyIn */
        CopyIn: {
            /** Name */
            name?: string | null;
            /** Quarter */
            quarter?: number | null;
            /** Year */
            year: number;
        };
        /** CountBand */
        CountBand: {
            /**
             * At Most
             * @description 次数不超过
             */
            at_most: number;
            /** Score */
            score: number;
        };
        /** CountThresholds */
        CountThresholds: {
            /** Bands */
            bands: components["schemas"]["CountBand"][];
            /**
             * On
             * @constant
             */
            on: "count";
            /**
             * Type
             * @constant
             */
            type: "thresholds";
            /**
             * When Empty
             * @description 无可测对象时：得满分或零分
             * @default full
             * @enum {string}
             */
            when_empty: "full" | "zero";
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
        /** DecisionIn */
        DecisionIn: {
            /** Comment */
            comment?: string | null;
            /** Version */
            version: number;
        };
        /** DeductionRule */
        DeductionRule: {
            /**
             * Cap
             * @description 最多扣分
             */
            cap: number;
            /**
             * Per
             * @description 每次扣分
             */
            per: number;
            /**
             * Type
             * @constant
             */
            type: "deduction";
            /**
             * When Empty
             * @description 无可测对象时：得满分或零分
             * @default full
             * @enum {string}
             */
            when_empty: "full" | "zero";
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
        /** EvidenceIn */
        EvidenceIn: {
            /** File Id */
            file_id?: string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "note" | "url" | "file";
            /** Text */
            text?: string | null;
            /** Url */
            url?: string | null;
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
        /** FileOut */
        FileOut: {
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
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** IndicatorIn */
        "IndicatorIn-Input": {
            /** @description 失分记为哪类问题（默认取自测量项） */
            category?: components["schemas"]["IssueCategory"] | null;
            /** Children */
            children?: components["schemas"]["IndicatorIn-Input"][];
            /** Code */
            code: string;
            /** Description */
            description?: string | null;
            kind: components["schemas"]["IndicatorKind"];
            /** Max Score */
            max_score: number | string;
            /**
             * Measure
             * @description 自动测量项（字典 assessment_measures）
             */
            measure?: string | null;
            /** Name */
            name: string;
            /**
             * Params
             * @description 测量参数，如 within_working_days
             */
            params?: {
                [key: string]: unknown;
            };
            /**
             * Rule
             * @description 计分规则：ratio、thresholds（on=ratio|count）、deduction、veto
             */
            rule?: (components["schemas"]["RatioRule"] | components["schemas"]["RatioThresholds"] | components["schemas"]["CountThresholds"] | components["schemas"]["DeductionRule"] | components["schemas"]["VetoRule"]) | null;
        };
        /** IndicatorIn */
        "IndicatorIn-Output": {
            /** @description 失分记为哪类问题（默认取自测量项） */
            category?: components["schemas"]["IssueCategory"] | null;
            /** Children */
            children?: components["schemas"]["IndicatorIn-Output"][];
            /** Code */
            code: string;
            /** Description */
            description?: string | null;
            kind: components["schemas"]["IndicatorKind"];
            /** Max Score */
            max_score: string;
            /**
             * Measure
             * @description 自动测量项（字典 assessment_measures）
             */
            measure?: string | null;
            /** Name */
            name: string;
            /**
             * Params
             * @description 测量参数，如 within_working_days
             */
            params?: {
                [key: string]: unknown;
            };
            /**
             * Rule
             * @description 计分规则：ratio、thresholds（on=ratio|count）、deduction、veto
             */
            rule?: (components["schemas"]["RatioRule"] | components["schemas"]["RatioThresholds"] | components["schemas"]["CountThresholds"] | components["schemas"]["DeductionRule"] | components["schemas"]["VetoRule"]) | null;
        };
        /**
         * IndicatorKind
         * @enum {string}
         */
        IndicatorKind: "group" | "automatic" | "manual";
        /** IndicatorOut */
        IndicatorOut: {
            /** Category */
            category: string | null;
            /** Children */
            children: components["schemas"]["IndicatorOut"][];
            /** Code */
            code: string;
            /** Description */
            description: string | null;
            /** Kind */
            kind: string;
            /** Max Score */
            max_score: string;
            /** Measure */
            measure: string | null;
            /** Name */
            name: string;
            /** Params */
            params: {
                [key: string]: unknown;
            };
            /** Rule */
            rule: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * IssueActionName
         * @description 整改问题的操作
         * @enum {string}
         */
        IssueActionName: "answer" | "accept" | "return" | "cancel";
        /**
         * IssueCategory
         * @enum {string}
         */
        IssueCategory: "late_publication" | "missing_interpretation" | "poor_interpretation" | "normative_documents" | "attribute_unmarked" | "stale_column" | "standard_gap" | "public_consultation" | "key_area_late" | "grassroots_standard" | "late_reply" | "overdue_request" | "reply_quality" | "appeal_corrected" | "report_late" | "report_inconsistent" | "errors_in_content" | "handover" | "other";
        /** IssueCategoryCount */
        IssueCategoryCount: {
            /** Category */
            category: string;
            /** Closed */
            closed: number;
            /** Count */
            count: number;
            /** Overdue */
            overdue: number;
        };
        /** IssueIn */
        IssueIn: {
            /** Agency Id */
            agency_id: number;
            category: components["schemas"]["IssueCategory"];
            /**
             * Deadline
             * @description 整改期限（默认按本轮的整改工作日数）
             */
            deadline?: string | null;
            /** Description */
            description: string;
            /** Evidence */
            evidence?: components["schemas"]["EvidenceIn"][];
            /** Indicator Code */
            indicator_code?: string | null;
            /** Suggestion */
            suggestion?: string | null;
            /** Title */
            title: string;
        };
        /** IssueOut */
        IssueOut: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string | null;
            /** Allowed Actions */
            allowed_actions?: components["schemas"]["IssueActionName"][];
            /** Category */
            category: string;
            /** Closed At */
            closed_at: string | null;
            /**
             * Deadline
             * Format: date
             */
            deadline: string;
            /** Description */
            description: string;
            /** Evidence */
            evidence: {
                [key: string]: unknown;
            }[];
            /** Id */
            id: number;
            /** Indicator Code */
            indicator_code: string | null;
            /** Overdue */
            overdue: boolean;
            /** Owner Agency Id */
            owner_agency_id: number;
            /**
             * Raised At
             * Format: date-time
             */
            raised_at: string;
            /** Raised By Name */
            raised_by_name: string | null;
            /** Recheck Round Id */
            recheck_round_id: number | null;
            /** Round Id */
            round_id: number | null;
            /** Source */
            source: string;
            /** Status */
            status: string;
            /** Steps */
            steps?: components["schemas"]["IssueStepOut"][];
            /** Suggestion */
            suggestion: string | null;
            /** Title */
            title: string;
            /** Version */
            version: number;
        };
        /**
         * IssueSource
         * @enum {string}
         */
        IssueSource: "inspection" | "measure" | "monitoring";
        /**
         * IssueStatus
         * @enum {string}
         */
        IssueStatus: "open" | "answered" | "returned" | "closed" | "cancelled";
        /** IssueStepOut */
        IssueStepOut: {
            /** Action */
            action: string;
            /** Actor Name */
            actor_name: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Evidence */
            evidence: {
                [key: string]: unknown;
            }[];
            /** Text */
            text: string | null;
        };
        /** IssueSummary */
        IssueSummary: {
            /** By Category */
            by_category: components["schemas"]["IssueCategoryCount"][];
            /** Closed */
            closed: number;
            /** Closure Rate */
            closure_rate: number | null;
            /** Overdue */
            overdue: number;
            /** Total */
            total: number;
        };
        /** ManualScoreIn */
        ManualScoreIn: {
            /** Agency Id */
            agency_id: number;
            /** Evidence */
            evidence?: components["schemas"]["EvidenceIn"][];
            /**
             * Expected Version
             * @description 评分时看到的版本（尚未评分为 0）；他人已改动则拒绝
             * @default 0
             */
            expected_version: number;
            /** Indicator Code */
            indicator_code: string;
            /** Note */
            note?: string | null;
            /** Score */
            score: number | string;
        };
        /**
         * MonitorCheck
         * @enum {string}
         */
        MonitorCheck: "policy_without_interpretation" | "silent_column" | "request_due_soon";
        /** MonitorIn */
        MonitorIn: {
            /**
             * Active
             * @default true
             */
            active: boolean;
            check: components["schemas"]["MonitorCheck"];
            /**
             * Days
             * @description 阈值 N
             */
            days: number;
            /**
             * Deadline Days
             * @description 整改期限（工作日）
             * @default 10
             */
            deadline_days: number;
        };
        /** MonitorOut */
        MonitorOut: {
            /** Active */
            active: boolean;
            /** Check */
            check: string;
            /** Days */
            days: number;
            /** Deadline Days */
            deadline_days: number;
            /** Id */
            id: number;
            /** Last Run On */
            last_run_on: string | null;
            /** Owner Agency Id */
            owner_agency_id: number;
            /** Version */
            version: number;
        };
        /** MonitorUpdate */
        MonitorUpdate: {
            /**
             * Active
             * @default true
             */
            active: boolean;
            check: components["schemas"]["MonitorCheck"];
            /**
             * Days
             * @description 阈值 N
             */
            days: number;
            /**
             * Deadline Days
             * @description 整改期限（工作日）
             * @default 10
             */
            deadline_days: number;
            /** Version */
            version: number;
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
        /** Page[IssueOut] */
        Page_IssueOut_: {
            /** Items */
            items: components["schemas"]["IssueOut"][];
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
        /** Page[RoundSummary] */
        Page_RoundSummary_: {
            /** Items */
            items: components["schemas"]["RoundSummary"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** Page[SystemSummary] */
        Page_SystemSummary_: {
            /** Items */
            items: components["schemas"]["SystemSummary"][];
            /** Page */
            page: number;
            /** Pages */
            pages: number;
            /** Size */
            size: number;
            /** Total */
            total: number;
        };
        /** RatioBand */
        RatioBand: {
            /**
             * At Least
             * @description 比例不低于
             */
            at_least: number;
            /** Score */
            score: number;
        };
        /** RatioRule */
        RatioRule: {
            /**
             * Full At
             * @description 比例达到此值得满分
             * @default 1
             */
            full_at: number;
            /**
             * Type
             * @constant
             */
            type: "ratio";
            /**
             * When Empty
             * @description 无可测对象时：得满分或零分
             * @default full
             * @enum {string}
             */
            when_empty: "full" | "zero";
            /**
             * Zero At
             * @description 比例不高于此值得 0 分
             * @default 0
             */
            zero_at: number;
        };
        /** RatioThresholds */
        RatioThresholds: {
            /** Bands */
            bands: components["schemas"]["RatioBand"][];
            /**
             * On
             * @constant
             */
            on: "ratio";
            /**
             * Type
             * @constant
             */
            type: "thresholds";
            /**
             * When Empty
             * @description 无可测对象时：得满分或零分
             * @default full
             * @enum {string}
             */
            when_empty: "full" | "zero";
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
        /** ReturnIn */
        ReturnIn: {
            /** Comment */
            comment: string;
            /** Version */
            version: number;
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
        /**
         * RoundActionName
         * @description 测评轮次的操作
         * @enum {string}
         */
        RoundActionName: "measure" | "score" | "raise_issue" | "close" | "reopen" | "review" | "publish" | "circular";
        /** RoundAgencyOut */
        RoundAgencyOut: {
            /** Agency Id */
            agency_id: number;
            /** Agency Name */
            agency_name: string;
            /** Group Code */
            group_code: string;
            /** Group Name */
            group_name: string;
        };
        /** RoundIn */
        RoundIn: {
            /**
             * Agency Ids
             * @description 被测评机关；为空时为 subtree_of 的全部下级机关
             */
            agency_ids?: number[];
            /**
             * Groups
             * @description 按机关编号指定分组；默认按机关类型分组
             */
            groups?: {
                [key: string]: components["schemas"]["AgencyGroup"];
            };
            /**
             * Include Root
             * @description subtree_of 时是否包括该机关本身
             * @default false
             */
            include_root: boolean;
            /**
             * Issue Deadline Days
             * @description 整改期限（工作日）
             * @default 15
             */
            issue_deadline_days: number;
            kind: components["schemas"]["RoundKind"];
            /** Name */
            name: string;
            /**
             * Period End
             * Format: date
             */
            period_end: string;
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
            /**
             * Previous Round Id
             * @description 与哪一轮比较（默认为同一监督机构上一轮已发布的测评）
             */
            previous_round_id?: number | null;
            /**
             * Recheck Of Id
             * @description 回头看：复查哪一轮的问题
             */
            recheck_of_id?: number | null;
            /**
             * Subtree Of
             * @description 测评该机关下的全部机关
             */
            subtree_of?: number | null;
            /** System Id */
            system_id: number;
        };
        /**
         * RoundKind
         * @enum {string}
         */
        RoundKind: "quarterly" | "special" | "recheck" | "annual";
        /** RoundOut */
        RoundOut: {
            /** Agencies */
            agencies: number;
            /** Allowed Actions */
            allowed_actions: components["schemas"]["RoundActionName"][];
            /** Id */
            id: number;
            /** Indicators */
            indicators: components["schemas"]["IndicatorOut"][];
            /** Issue Deadline Days */
            issue_deadline_days: number;
            /** Kind */
            kind: string;
            /** Measured At */
            measured_at: string | null;
            /** Name */
            name: string;
            /** Owner Agency Id */
            owner_agency_id: number;
            /** Owner Agency Name */
            owner_agency_name: string | null;
            /**
             * Period End
             * Format: date
             */
            period_end: string;
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
            /** Previous Round Id */
            previous_round_id: number | null;
            /** Published At */
            published_at: string | null;
            /** Recheck Of Id */
            recheck_of_id: number | null;
            /** Round Agencies */
            round_agencies: components["schemas"]["RoundAgencyOut"][];
            /** Status */
            status: string;
            /** System Id */
            system_id: number;
            /** Version */
            version: number;
            /**
             * View
             * @enum {string}
             */
            view: "supervisor" | "agency";
        };
        /** RoundResults */
        RoundResults: {
            /** Agencies */
            agencies: components["schemas"]["AgencyResult"][];
            /** Closure Rate */
            closure_rate: number | null;
            /** Frequent Issues */
            frequent_issues: components["schemas"]["CategoryCount"][];
            /** Groups */
            groups: {
                [key: string]: unknown;
            }[];
            /** Indicators */
            indicators: components["schemas"]["IndicatorOut"][];
            /** Issues Closed */
            issues_closed: number;
            /** Issues Total */
            issues_total: number;
            /** Round Id */
            round_id: number;
            /** Status */
            status: string;
            /** Total Score */
            total_score: string;
        };
        /** RoundSummary */
        RoundSummary: {
            /** Agencies */
            agencies: number;
            /** Id */
            id: number;
            /** Kind */
            kind: string;
            /** Measured At */
            measured_at: string | null;
            /** Name */
            name: string;
            /** Owner Agency Id */
            owner_agency_id: number;
            /** Owner Agency Name */
            owner_agency_name: string | null;
            /**
             * Period End
             * Format: date
             */
            period_end: string;
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
            /** Previous Round Id */
            previous_round_id: number | null;
            /** Published At */
            published_at: string | null;
            /** Recheck Of Id */
            recheck_of_id: number | null;
            /** Status */
            status: string;
            /** System Id */
            system_id: number;
            /** Version */
            version: number;
        };
        /** ScoreOut */
        ScoreOut: {
            /** Agency Id */
            agency_id: number;
            /** Evidence */
            evidence: {
                [key: string]: unknown;
            }[];
            /** Indicator Code */
            indicator_code: string;
            /** Note */
            note: string | null;
            /** Score */
            score: string;
            /**
             * Scored At
             * Format: date-time
             */
            scored_at: string;
            /** Scored By Name */
            scored_by_name: string | null;
            /** Source */
            source: string;
            /** Value */
            value?: {
                [key: string]: unknown;
            } | null;
            /** Version */
            version: number;
            /** Veto */
            veto: boolean;
        };
        /** SelfInspectionIn */
        SelfInspectionIn: {
            /** Sections */
            sections: components["schemas"]["SelfInspectionSection"][];
            /** Title */
            title: string;
            /**
             * Version
             * @description 当前版本号（尚未保存为 0）
             */
            version: number;
        };
        /** SelfInspectionOut */
        SelfInspectionOut: {
            /** Agency Id */
            agency_id: number;
            /** Saved */
            saved: boolean;
            /** Sections */
            sections: {
                [key: string]: unknown;
            }[];
            /** Title */
            title: string;
            /** Version */
            version: number;
            /** Year */
            year: number;
        };
        /** SelfInspectionSection */
        SelfInspectionSection: {
            /** Heading */
            heading: string;
            /** Text */
            text: string;
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
        /**
         * SystemActionName
         * @description 指标体系的操作
         * @enum {string}
         */
        SystemActionName: "edit" | "activate" | "retire" | "copy";
        /** SystemIn */
        "SystemIn-Input": {
            /** Description */
            description?: string | null;
            /** Indicators */
            indicators: components["schemas"]["IndicatorIn-Input"][];
            /** Name */
            name: string;
            /**
             * Quarter
             * @description 季度（空为全年）
             */
            quarter?: number | null;
            /**
             * Total Score
             * @default 100
             */
            total_score: number | string;
            /** Year */
            year: number;
        };
        /** SystemIn */
        "SystemIn-Output": {
            /** Description */
            description?: string | null;
            /** Indicators */
            indicators: components["schemas"]["IndicatorIn-Output"][];
            /** Name */
            name: string;
            /**
             * Quarter
             * @description 季度（空为全年）
             */
            quarter?: number | null;
            /**
             * Total Score
             * @default 100
             */
            total_score: string;
            /** Year */
            year: number;
        };
        /** SystemOut */
        SystemOut: {
            /** Allowed Actions */
            allowed_actions: components["schemas"]["SystemActionName"][];
            /** Copied From Id */
            copied_from_id: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /** Id */
            id: number;
            /** Indicators */
            indicators: components["schemas"]["IndicatorOut"][];
            /** Name */
            name: string;
            /** Owner Agency Id */
            owner_agency_id: number;
            /** Owner Agency Name */
            owner_agency_name: string | null;
            /** Quarter */
            quarter: number | null;
            /** Status */
            status: string;
            /** Total Score */
            total_score: string;
            /** Version */
            version: number;
            /** Year */
            year: number;
        };
        /** SystemSummary */
        SystemSummary: {
            /** Copied From Id */
            copied_from_id: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** Owner Agency Id */
            owner_agency_id: number;
            /** Owner Agency Name */
            owner_agency_name: string | null;
            /** Quarter */
            quarter: number | null;
            /** Status */
            status: string;
            /** Total Score */
            total_score: string;
            /** Version */
            version: number;
            /** Year */
            year: number;
        };
        /** SystemUpdate */
        SystemUpdate: {
            /** Description */
            description?: string | null;
            /** Indicators */
            indicators: components["schemas"]["IndicatorIn-Input"][];
            /** Name */
            name: string;
            /**
             * Quarter
             * @description 季度（空为全年）
             */
            quarter?: number | null;
            /**
             * Total Score
             * @default 100
             */
            total_score: number | string;
            /** Version */
            version: number;
            /** Year */
            year: number;
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
        /** VersionIn */
        VersionIn: {
            /** Version */
            version: number;
        };
        /** VetoRule */
        VetoRule: {
            /**
             * Above
             * @description 超过此次数即一票否决
             * @default 0
             */
            above: number;
            /**
             * Type
             * @constant
             */
            type: "veto";
            /**
             * When Empty
             * @description 无可测对象时：得满分或零分
             * @default full
             * @enum {string}
             */
            when_empty: "full" | "zero";
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
    upload_api_v1_statistics_assessments_files_post: {
        parameters: {
            query: {
                filename: string;
            };
            header?: never;
            path?: never;
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
                    "application/json": components["schemas"]["FileOut"];
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
    download_api_v1_statistics_assessments_files__file_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file_id: string;
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
                    "application/json": unknown;
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
    list_issues_api_v1_statistics_assessments_issues_get: {
        parameters: {
            query?: {
                agency_id?: number | null;
                category?: components["schemas"]["IssueCategory"] | null;
                overdue?: boolean | null;
                /** @description 页码，从 1 开始 */
                page?: number;
                round_id?: number | null;
                /** @description 每页条数，最多 100 */
                size?: number;
                source?: components["schemas"]["IssueSource"] | null;
                status?: components["schemas"]["IssueStatus"][] | null;
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
                    "application/json": components["schemas"]["Page_IssueOut_"];
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
    get_issue_api_v1_statistics_assessments_issues__issue_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                issue_id: number;
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
                    "application/json": components["schemas"]["IssueOut"];
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
    issue_accept_api_v1_statistics_assessments_issues__issue_id__accept_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueOut"];
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
    issue_answer_api_v1_statistics_assessments_issues__issue_id__answer_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueOut"];
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
    issue_cancel_api_v1_statistics_assessments_issues__issue_id__cancel_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueOut"];
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
    issue_return_api_v1_statistics_assessments_issues__issue_id__return_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                issue_id: number;
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
                    "application/json": components["schemas"]["IssueOut"];
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
    issue_summary_api_v1_statistics_assessments_issues_summary_get: {
        parameters: {
            query?: {
                agency_id?: number | null;
                since?: string | null;
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
                    "application/json": components["schemas"]["IssueSummary"];
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
    list_measures_api_v1_statistics_assessments_measures_get: {
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
                        [key: string]: unknown;
                    }[];
                };
            };
        };
    };
    list_monitors_api_v1_statistics_assessments_monitors_get: {
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
                    "application/json": components["schemas"]["MonitorOut"][];
                };
            };
        };
    };
    create_monitor_api_v1_statistics_assessments_monitors_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MonitorIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorOut"];
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
    update_monitor_api_v1_statistics_assessments_monitors__monitor_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                monitor_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MonitorUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorOut"];
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
    run_monitor_api_v1_statistics_assessments_monitors__monitor_id__run_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                monitor_id: number;
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
                        [key: string]: number;
                    };
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
    list_notices_api_v1_statistics_assessments_notices_get: {
        parameters: {
            query?: {
                unread_only?: boolean;
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
                    "application/json": {
                        [key: string]: unknown;
                    };
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
    read_notice_api_v1_statistics_assessments_notices__notice_id__read_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notice_id: number;
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
    list_rounds_api_v1_statistics_assessments_rounds_get: {
        parameters: {
            query?: {
                kind?: components["schemas"]["RoundKind"] | null;
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
                status?: string | null;
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
                    "application/json": components["schemas"]["Page_RoundSummary_"];
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
    open_round_api_v1_statistics_assessments_rounds_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundOut"];
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
    get_round_api_v1_statistics_assessments_rounds__round_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
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
                    "application/json": components["schemas"]["RoundOut"];
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
    get_circular_api_v1_statistics_assessments_rounds__round_id__circular_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
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
                    "application/json": components["schemas"]["CircularOut"];
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
    put_circular_api_v1_statistics_assessments_rounds__round_id__circular_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CircularIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CircularOut"];
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
    circular_docx_api_v1_statistics_assessments_rounds__round_id__circular_docx_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
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
                    "application/json": unknown;
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
    round_close_api_v1_statistics_assessments_rounds__round_id__close_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
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
                    "application/json": components["schemas"]["RoundOut"];
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
    raise_issue_api_v1_statistics_assessments_rounds__round_id__issues_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueOut"];
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
    issues_from_lost_points_api_v1_statistics_assessments_rounds__round_id__issues_from_lost_points_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
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
                        [key: string]: number;
                    };
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
    remeasure_api_v1_statistics_assessments_rounds__round_id__measure_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
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
                    "application/json": components["schemas"]["RoundOut"];
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
    round_publish_api_v1_statistics_assessments_rounds__round_id__publish_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
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
                    "application/json": components["schemas"]["RoundOut"];
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
    round_reopen_api_v1_statistics_assessments_rounds__round_id__reopen_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
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
                    "application/json": components["schemas"]["RoundOut"];
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
    results_api_v1_statistics_assessments_rounds__round_id__results_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
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
                    "application/json": components["schemas"]["RoundResults"];
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
    round_review_api_v1_statistics_assessments_rounds__round_id__review_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
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
                    "application/json": components["schemas"]["RoundOut"];
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
    scores_api_v1_statistics_assessments_rounds__round_id__scores_get: {
        parameters: {
            query?: {
                agency_id?: number | null;
            };
            header?: never;
            path: {
                round_id: number;
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
                    "application/json": components["schemas"]["ScoreOut"][];
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
    set_score_api_v1_statistics_assessments_rounds__round_id__scores_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                round_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualScoreIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreOut"];
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
    get_self_inspection_api_v1_statistics_assessments_self_inspections__agency_id___year__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
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
                    "application/json": components["schemas"]["SelfInspectionOut"];
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
    put_self_inspection_api_v1_statistics_assessments_self_inspections__agency_id___year__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfInspectionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfInspectionOut"];
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
    self_inspection_docx_api_v1_statistics_assessments_self_inspections__agency_id___year__export_docx_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agency_id: number;
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
                    "application/json": unknown;
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
    list_systems_api_v1_statistics_assessments_systems_get: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 */
                page?: number;
                /** @description 每页条数，最多 100 */
                size?: number;
                status?: string | null;
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
                    "application/json": components["schemas"]["Page_SystemSummary_"];
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
    create_system_api_v1_statistics_assessments_systems_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SystemIn-Input"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemOut"];
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
    get_system_api_v1_statistics_assessments_systems__system_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                system_id: number;
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
                    "application/json": components["schemas"]["SystemOut"];
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
    update_system_api_v1_statistics_assessments_systems__system_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                system_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SystemUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemOut"];
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
    system_activate_api_v1_statistics_assessments_systems__system_id__activate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                system_id: number;
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
                    "application/json": components["schemas"]["SystemOut"];
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
    copy_system_api_v1_statistics_assessments_systems__system_id__copy_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                system_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemOut"];
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
    system_retire_api_v1_statistics_assessments_systems__system_id__retire_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                system_id: number;
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
                    "application/json": components["schemas"]["SystemOut"];
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
    example_api_v1_statistics_assessments_templates_example_get: {
        parameters: {
            query: {
                quarter?: number | null;
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
                    "application/json": components["schemas"]["SystemIn-Output"];
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
