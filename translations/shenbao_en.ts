<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>← &amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicInfoPage</name>
    <message>
        <source>② Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant as on its business licence. Fields with a problem are framed; hover over them to read what would be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;name (单位名称):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social &amp;credit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, e.g. 91440101MA5XXXXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District / county:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registered address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailing address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered capital (万元):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13800138000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>020-12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and R&amp;&amp;D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Em&amp;ployees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;&amp;D team (研发技术团队人数):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;&amp;D &amp;institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the R&amp;&amp;D institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declarations (basic conditions, notice section 一)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in the PRC (在中华人民共和国境内依法注册):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent legal person (具有独立法人资格):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets statutory safety-production conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No major safety, environmental or quality accident in 3 years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed as a dishonest judgement debtor (失信被执行人):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bad credit record in 3 years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intellectual-property infringement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the R&amp;&amp;D team (人员名单或社保证明):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the R&amp;&amp;D institution (批准或设立文件):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;name (案例名称):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User (用户单位):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City (所在地市):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year (年度):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &amp;amount (万元):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>⑤ Typical cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of intelligent-manufacturing service to users. A case counts as a Guangdong case when its city is one of the 21 prefecture-level cities of Guangdong. Attach the contract or acceptance record of each case in step ⑨.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharacterCounter</name>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — %n over the limit; shorten before export</source>
        <translation>
            <numerusform> — %n character over the limit; shorten before export</numerusform>
            <numerusform> — %n characters over the limit; shorten before export</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CupsPrintJob</name>
    <message>
        <source>The printer “%1” is not accepting jobs. Enable it in the system’s printer settings (or ask the administrator), then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “%1” is stopped (%2). Resume it in the system’s printer settings, then print again; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page range selects no page of %1 (it has %2 pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print system (CUPS) cannot be reached at %1. Is the cups service running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print system has no printer “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “%1” refused the job: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “%1” refused the document: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the printer “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled; job %1 was removed from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainDetailPage</name>
    <message>
        <source>⑦ Domain-specific information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a domain in step ① first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development environment (软硬件设施及开发环境):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent third-party service to manufacturers (第三方独立服务):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OT/IT fusion of products or services (OT/IT 深度融合):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main business is intelligent-manufacturing solutions (主营业务为智能制造系统解决方案):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated operation with sound rules (运作规范、规章制度健全):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan with annual goals (发展规划与年度目标):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform staff (平台从业人员):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of whom bachelor or intermediate title and above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of unit of the talent domain in step ① first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner enterprises that designed programmes with you (合作企业); tick those with a co-built internship base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners hired as instructors (聘请企业技术人员担任教师):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology at a nationally advanced level (技术水平国内先进):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The R&amp;D team (②) and core invention patents (④) count as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligent-manufacturing programmes built with colleges (共建学科专业点):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed premises in Guangdong (在广东省内有固定的经营服务场所):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured financial products for intelligent manufacturing (特色金融产品):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;name (项目名称):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed on (建成时间):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results achieved (取得成效):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own brand of the equipment products (智能制造装备产品自主品牌):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology level, domestic leading position (技术水平):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales scale in Guangdong or China (销售规模):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other equipment conditions use your patents (④), R&amp;D team and institution (②) and main business revenue (③).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main business (主营业务):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-integration revenue in main business revenue (系统集成服务收入占比, %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry served (所属行业领域):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading position in that industry (领先地位):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreement of the selected partner (合作协议):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Determined together with the partner enterprises (与合作企业共同研究确定)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty building (专业建设):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum (课程设置):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan (培养计划):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faculty building (师资建设):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D topics (研发课题):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student internship plan (学生实习方案):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of instructors (指导教师人数):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructors&apos; names (指导教师姓名):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment letters (聘书或聘用证明):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-built student internship bases (共建学生实习基地):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location (建设地点):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction started (建设起始日期):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total investment (项目总投资, 万元):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance report or proof of completion (验收报告或建成证明):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration value and value for promotion (示范意义和推广价值):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Willing to help sum up the experience and promote the model (愿意主动配合总结经验，推广模式):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-commerce share of sales (电子商务实现的销售收入比重, %):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>① Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the one domain you apply for. Each line sums up its conditions (Attachment 1); the checks panel on the right shows them in full as you fill in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of unit (talent domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of element conditions (pilot demonstration domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sub-table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route of recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected as a partner in the first batch (2021):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units holding any of the qualifications below may be recognised directly after expert review (直接认定). Tick those you hold and attach each certificate in step ⑨.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierPrinter</name>
    <message>
        <source>%1: the PDF cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationText</name>
    <message>
        <source>Eligible: every condition is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n condition(s) need more data</source>
        <translation>
            <numerusform>Incomplete: %n condition needs more data</numerusform>
            <numerusform>Incomplete: %n conditions need more data</numerusform>
        </translation>
    </message>
    <message>
        <source>Already selected in the first batch (2021): no need to apply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures qualify. Attach the missing evidence and correct the marked fields, then export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in place. Go to 导出与打印 to bind the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the conditions marked 不符合. If the data are right, the application does not meet the call; you can still export, and the cover says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what the conditions marked 待补充 need; click an entry to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units selected in 2021 need not apply again (notice, section 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not eligible: %n condition(s) not met (%1)</source>
        <translation>
            <numerusform>Not eligible: %n condition not met (%1)</numerusform>
            <numerusform>Not eligible: %n conditions not met (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the form</source>
        <translation>
            <numerusform>%n problem in the form</numerusform>
            <numerusform>%n problems in the form</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every condition is met, but %n problem(s) in the form must be corrected before export</source>
        <translation>
            <numerusform>Every condition is met, but %n problem in the form must be corrected before export</numerusform>
            <numerusform>Every condition is met, but %n problems in the form must be corrected before export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the checks panel)</source>
        <translation>
            <numerusform>… and %n more (see the checks panel)</numerusform>
            <numerusform>… and %n more (see the checks panel)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every condition is met, so the cover carries no stamp, but the dossier is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover will be stamped 「条件未全部符合」 (not all conditions met) and name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every condition is met. Correct the problems listed under 「To do before export」; click an entry to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>still %n to add</source>
        <comment>a list short of items</comment>
        <translation>
            <numerusform>still %n to add</numerusform>
            <numerusform>still %n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lists not complete yet: %n more item(s) to add (%1)</source>
        <translation>
            <numerusform>Lists not complete yet: %n more item to add (%1)</numerusform>
            <numerusform>Lists not complete yet: %n more items to add (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) need more data</source>
        <translation>
            <numerusform>%n condition needs more data</numerusform>
            <numerusform>%n conditions need more data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep entering the lists: %n more item(s) would meet the conditions. If a list is complete as it is, the application does not meet the call.</source>
        <translation>
            <numerusform>Keep entering the lists: %n more item would meet the conditions. If a list is complete as it is, the application does not meet the call.</numerusform>
            <numerusform>Keep entering the lists: %n more items would meet the conditions. If a list is complete as it is, the application does not meet the call.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>⑨ Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag PDF, JPEG, PNG or TIFF files onto this page, or click Add files. The files are copied into the project file. Give each a category and say what it proves; the dossier binds them in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title (printed in the dossier):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel adding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Link evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is attached yet. Attach the files in step ⑨ Evidence, then link them here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>⑪ Export and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier (bound PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Double-sided: each part starts on a right-hand page (blank pages say 「此页无正文」)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark each copy on its cover 「第 k 份 / 共 4 份」 (the PDF then holds all four copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export dossier PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View in Shenbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print 4 copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice asks for four bound copies (一式四份) for the district. Print double-sided, bind each copy on the left edge, and seal the cover and the pledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment 3 row (推荐汇总表)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your line of the summary table that the district and city fill in, as an Excel file; its figures come from your data and cannot contradict the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Attachment &amp;3 row (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill-in &amp;date (填报日期) on the cover and in the Attachment 3 row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: the day the project last changed (China time), so that exporting twice gives the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>③ Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in 万元 as in the audit reports, up to four decimals (0.0001 万元 = 1 元). A year left empty counts as not filled in, not as zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations in the last three years (万元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year \ 万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating revenue
(营业收入)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main business revenue
(主营业务收入)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total profit
(利润总额)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D spending
(研发投入)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-year average (三年平均)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <source>⑧ Profile and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These texts are printed in the form as written. Characters are counted as a reader counts them; a text over its limit is kept but must be shortened before export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>五、单位简介 (profile of the unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>六、主要产品、技术或服务 (main products, technologies or services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>八、发展规划 (development plan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherQualificationDialog</name>
    <message>
        <source>Other qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification (资质名称):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 高新技术企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued by (认定机构):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Granted on (认定日期):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2021-12-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (证书):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatentCsv</name>
    <message>
        <source>The file is not UTF-8. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind &quot;%1&quot; is not 发明专利, 实用新型专利 or 外观设计专利; left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant date &quot;%1&quot; is not a date such as 2020-06-01; left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core &quot;%1&quot; is neither 是 nor 否; left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no patents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatentDialog</name>
    <message>
        <source>Patent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent &amp;title (专利名称):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent &amp;number (专利号):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Granted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core patent of the &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatentsPage</name>
    <message>
        <source>④ Intellectual property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your patents. Only invention patents that belong to the chosen domain (mark them as core) and are already granted count as core invention patents (核心发明专利). Attach each certificate in step ⑨. A CSV file with the columns 专利名称, 专利号, 类型, 授权日期, 核心 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Software copyrights (软件著作权):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>Printed to a file: the pages were drawn as images, without the print system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print system (CUPS) does not know the printer “%1”: the pages were drawn as images, which is slower and leaves no searchable text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this system the pages are drawn as images for the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PDF cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent to printer “%1”: %n copies, %2 sheets (%3 pages each), job %4.</source>
        <translation>
            <numerusform>Sent to printer “%1”: %n copy, %2 sheets (%3 pages each), job %4.</numerusform>
            <numerusform>Sent to printer “%1”: %n copies, %2 sheets (%3 pages each), job %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed on “%1”: %n copies, %2 sheets (%3 pages each).</source>
        <translation>
            <numerusform>Printed on “%1”: %n copy, %2 sheets (%3 pages each).</numerusform>
            <numerusform>Printed on “%1”: %n copies, %2 sheets (%3 pages each).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Registered in mainland China according to law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent legal person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the conditions for safe production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No major safety, environmental or quality accident in the last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed as a dishonest judgment debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bad credit record in the last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No infringement of intellectual property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical cases in Guangdong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical cases in Guangdong in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligent manufacturing service cases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core invention patents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provides independent third-party services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep OT/IT integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main business is intelligent manufacturing system solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run properly, with complete rules and regulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan and annual goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff with a bachelor&apos;s degree or intermediate title or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed business premises in Guangdong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinctive financial products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technicians or senior technicians hired as instructors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology and products at an advanced national level or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jointly built intelligent manufacturing programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit China report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal person registration certificate (business licence or public institution certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report or financial statements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the R&amp;D institution (approval or founding document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff list or social insurance records of the R&amp;D team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School-enterprise cooperation agreement with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructors&apos; letters of appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance report or proof of completion of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected in the first batch of partners (2021): not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected in the first batch of partners (2021): no need to apply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a partner of the first batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications held: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 qualification(s) entered, but no type chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No qualification for direct recognition: selection by review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code: not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licence, audit reports, Credit China report: attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business figures of the last three years not filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main business revenue missing for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total main business revenue is too large to compute; check the amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average main business revenue of the last three years: %1 (10,000 yuan; at least %2 required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D institution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D institution: not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff with a bachelor&apos;s degree or intermediate title or above: %1 (platform staff not filled in, so no share can be computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff with a bachelor&apos;s degree or intermediate title or above: %1 / %2 (%3; at least %4% required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student internship bases built jointly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student internship bases built jointly: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student internship bases built jointly: not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner enterprises: not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jointly built programmes: not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinctive financial products: not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 element(s) answered, the chosen table has %2: answer the table element by element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 elements met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 elements met (not met: element %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 elements met (to complete: element %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sales made through e-commerce: not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sales made through e-commerce: %1% (at least %2% required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pilot demonstration category chosen (tables 1.1-1.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call has no element table for the chosen category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen subcategory is not in table %1: choose again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subcategory of table %1 chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot demonstration project: not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion date of the project: not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project completed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion date %1 is after %2: the project is not completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of talent unit not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This condition needs a newer version of the tool: please update it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format of problem messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (10,000 yuan)</source>
        <comment>an amount in 万元</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> “%1”</source>
        <comment>a title after a name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>the customer after a case</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a patent number is “ZL”, an application number of 8 or 12 digits, a dot and the check character, e.g. ZL201710601862.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of founding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D team size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main business revenue of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D spending of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of platform staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of staff with a bachelor&apos;s degree or intermediate title or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion date of the pilot demonstration project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant date of patent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of patent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of software copyrights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract amount of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main products, technologies or services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain chosen: choose one of the eight domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode is not valid: “%1”; it should be 6 digits, e.g. 510700</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address is not valid: “%1”; it should contain one “@” and a “.” in the domain after it, e.g. name@example.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number is not valid: “%1”; it should be 11 digits starting with 13 to 19, grouped by spaces if you like, e.g. 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone number is not valid: “%1”; it should be an area code and a 7- or 8-digit number (e.g. 020-12345678), a 400/800 number (e.g. 400-800-1234) or a mobile number, with an extension after “-” or “转”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a prefecture-level city of Guangdong and counts as outside the province; if it is in Guangdong, enter the city&apos;s name as the call lists it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is after the evaluation date %3; it should be that day or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (it is %2); enter 0 or a positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beyond any plausible figure (it is %2, at most 1,000 trillion yuan); check the unit (amounts are stored in yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 / %3 characters; shorten it to at most %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (it is %2); enter 0 or a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over its length limit: %2 / %3 characters; delete %4 characters to stay within %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The R&amp;D team (%1 people) is larger than the total employees (%2 people); please check: the R&amp;D team should not exceed the total employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of %1 are entered twice (the same year as finance[%2]); enter one row per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code should have 18 characters; it has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the unified social credit code, “%2”, is not allowed (0-9 and capital letters except I, O, S, V, Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the unified social credit code is wrong: character 18 should be “%1”, it is “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation code inside the unified social credit code (characters 9 to 17) fails its check; please verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patent number is not valid: “%1”; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent number “%1” contains the non-digit “%2”; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application number in patent number “%1” has %2 digits; it should have 8 (before October 2003) or 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent number “%1” lacks its check character: it should be ZL%2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong check character in patent number “%1”: it should be “%2”, it is “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type digit (position %2) of patent number “%1” is “%3”; it should be 1 (invention), 2 (utility model), 3 (design), 8 or 9 (PCT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licence missing: upload a scan of the business licence (or legal person certificate) with the category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit China report missing: upload the credit report downloaded from the Credit China website with the category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report of %1 missing: upload it with the category “%2” and the year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report of %1 missing: a unit that is not an enterprise may upload its financial statements of %1 instead, with the category “%2” and the year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no evidence: upload the certificate or recognition document and link it to the qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (at least %3 required)</source>
        <comment>%4: counting word</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not filled in yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 more with incomplete data)</source>
        <comment>%2: counting word</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a condition&apos;s figure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist; check the path and the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder or a special file, not an evidence file (PDF/JPEG/PNG/TIFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); an evidence file (PDF/JPEG/PNG/TIFF) may have at most %2 MB; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (%1); check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes); provide a scan or an exported PDF/image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PDF/JPEG/PNG/TIFF file (judged by its content); save it as PDF, JPEG, PNG or TIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file has no pages; provide a PDF with at least one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file is damaged but can be repaired (%1 pages after repair); check the page count, better export or scan the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is encrypted: exporting the dossier needs its password (its pages cannot be counted yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read; export or scan the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read (%1); export or scan the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file is damaged and cannot be read (the image data cannot be decoded); scan or export the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file is damaged and cannot be read (%1); scan or export the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file is damaged: the JPEG file is incomplete (its end marker FFD9 is missing, it may have been cut off); scan or export the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all conditions of the call are met: %1. Complete or correct them before exporting, or export anyway (the cover will say that not all conditions are met)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence “%1” has no file: add the file again or delete the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence “%1” cannot be read back from the project file (its stored copy is damaged); add the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence “%1” cannot be read back from the project file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence “%1” has a different page count: %2 pages when it was added, %3 pages now; add the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary files cannot be written (in the output file&apos;s folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary files cannot be written (in the output file&apos;s folder): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file cannot be written; choose another folder or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Shenbao project file: a dossier never replaces a project; choose another output file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence “%1” is encrypted and the password given is wrong: give the right password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence “%1” is encrypted: give its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence “%1” has no readable page (the file may be damaged); scan it again or save it as PDF and add it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence “%1” is damaged and cannot be read: %2. Scan it again or save it as PDF and add it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsQualificationsPage</name>
    <message>
        <source>⑥ Projects and qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice asks every applicant for the projects it has undertaken (承担项目) and its qualifications (资质认定). Qualifications that allow direct recognition are chosen in step ①; list the others here (高新技术企业, 专精特新 …). Each row is printed with the pages of its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undertaken projects (承担项目)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other qualifications (其他资质认定)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;qualification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>⑩ Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every condition of the call that applies to your domain, as the district and city officers will check it. Click an entry to go to the data it checks; the clause from the notice is shown below the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to &amp;export →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and summarise (工信部门)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you type is saved in the project file at once; there is no Save button. Edit ▸ Undo takes back any change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndertakenProjectDialog</name>
    <message>
        <source>Undertaken project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;name (项目名称):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source and level (项目来源及级别):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 省级工业互联网专项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year (立项年度):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (项目金额, 万元):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (佐证):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WanText</name>
    <message>
        <source>Enter an amount in 万元, e.g. 1500 or 1500.25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most four decimals: 0.0001 万元 is 1 元, the smallest amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::ApplicationEditor</name>
    <message>
        <source>① Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>② Basic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>③ Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>④ Intellectual property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⑤ Typical cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⑦ Domain-specific information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⑧ Profile and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⑨ Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⑩ Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⑪ Export and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⑥ Projects and qualifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::BasicInfoPage</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::CaseDialog</name>
    <message>
        <source>Year: type four digits, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 is not one of the 21 cities of Guangdong: the case counts as outside Guangdong. Choose a city from the list, e.g. 东莞市.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::CasesPage</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case (案例名称)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User (用户单位)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (万元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the 21 cities of Guangdong: does not count as a Guangdong case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing — attach in ⑨</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangdong cases in %1: &lt;b&gt;%2&lt;/b&gt; · Guangdong cases of any year: %3 · all cases: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::ChecksView</name>
    <message>
        <source>Route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met %1 · not met %2 · to complete %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route of recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic conditions (notice, section 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions of the domain (Attachment 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for information only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence missing for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a condition to read its clause in the notice; click it to go to the data it checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do before export (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition waiting for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to go to the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List still being entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::CrossCheckPanel</name>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely (OCR slip?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares the form with the linked evidence pages (text layer or OCR). The results are warnings; they do not change the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields checked: %2 differ, %3 likely OCR slips, %4 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-check evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::DomainDetailPage</name>
    <message>
        <source>Edit partner enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit co-built programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit financial products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme designed together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the table (and sub-table) in step ① to see its element conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element conditions of %1 (quoted from the notice):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreement with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::DomainPage</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate name / number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing — attach in ⑨</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose pilot table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose pilot sub-table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove qualification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you entered for %1 is kept but hidden, and no longer printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result changes from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the domain from %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::DossierPane</name>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition (recomputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the dossier&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no evidence bound in this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dossier in the table to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the evidence pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Shenbao dossier: its data must be entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover shows the recomputed fingerprint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (page label: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::DossierViewer</name>
    <message>
        <source>Dossier — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 (label %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::EvidenceLinkButton</name>
    <message>
        <source>this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence required: link the file that proves this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::EvidencePage</name>
    <message>
        <source>Patent %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All required evidence is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nothing in particular —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop PDF, JPEG, PNG or TIFF files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file stored for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 page(s) · SHA-256 %4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected by a password. Enter it to view the file and bind it into the dossier (kept for this session only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move evidence up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move evidence down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was stored, but the open project does not show it; attach it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attached: adding was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 file(s) stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::EvidencePickerDialog</name>
    <message>
        <source>Tick the files that prove 「%1」:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n page(s))</source>
        <translation>
            <numerusform> (%n page)</numerusform>
            <numerusform> (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Link evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) linked…</source>
        <translation>
            <numerusform>%n file linked…</numerusform>
            <numerusform>%n files linked…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shenbao::EvidencePreview</name>
    <message>
        <source>This PDF is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::ExportPage</name>
    <message>
        <source>Export dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding the dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier was not exported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Attachment 3 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-attachment3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dossier, check it in the viewer, then print four copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdated: the application changed after this export. Export again before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print 4 copies (outdated)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print 4 copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has changed since %1 was exported: the printed copies would not show what is entered now. Export again first to print the current data.

Print the outdated dossier anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could be started to show the folder. The dossier is in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill-in date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::FieldBinder</name>
    <message>
        <source>Enter a whole number, e.g. 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as 2020-06-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a percentage between 0 and 100, e.g. 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are in 万元 (10,000 元): type 「1250」 for 1250 万元, or convert an amount in 元 by dividing by 10,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: until this is corrected the field counts as not filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::FinancePage</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::HelpDialog</name>
    <message>
        <source>Shenbao help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in the notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 研发投入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing an application in ten steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Domain&lt;/b&gt;: choose one of the eight domains; its conditions are listed under each.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Basic information&lt;/b&gt; and &lt;b&gt;Operations&lt;/b&gt;: the unit and its last three years, in 万元 (「1250」, 「1,250.5」 and 「1250万元」 are all understood).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Intellectual property&lt;/b&gt;, &lt;b&gt;Typical cases&lt;/b&gt; and the &lt;b&gt;domain-specific information&lt;/b&gt;: what the domain&apos;s conditions count.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Profile and plan&lt;/b&gt;: the texts of the form, with their length limits.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Evidence&lt;/b&gt;: attach the licence, the credit report, the audit reports and a certificate for every counted patent and case.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check&lt;/b&gt;: 「To do before export」 lists every condition not met and every problem in the form; click an entry to go to its field.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Export and print&lt;/b&gt;: bind the dossier, check it in the viewer, print four copies.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is saved as you type; Ctrl+Z undoes the typing in a field, then earlier edits.&lt;/p&gt;&lt;p&gt;Officers open received dossiers in the officers&apos; workspace (start page, or &lt;code&gt;shenbao --officer&lt;/code&gt;), order them and export Attachment 3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::MainWindow</name>
    <message>
        <source>About Shenbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shenbao %1&lt;/h3&gt;&lt;p&gt;Prepares applications for %2 offline: the form, the checks against the notice, the bound dossier and the summary row.&lt;/p&gt;&lt;p&gt;Licensed under the GNU LGPL 3.0 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Shenbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checks panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shenbao — Intelligent Manufacturing Ecosystem Partners application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Shenbao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shenbao applications (*.shenbao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shenbao applications (*.shenbao);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;notice (申报通知)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the typing in a field, then earlier edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next / previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::OfficerWindow</name>
    <message>
        <source>%1: the table cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shenbao — review and summary (officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, code, district, domain, remarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dossiers read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Attachment 3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add received dossiers (PDF). You can also drop files or whole folders on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Attachment 3 for all dossiers, in recommendation order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new or changed dossiers found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF dossiers (*.pdf *.PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dossier(s) from the workspace? The files themselves are kept.</source>
        <translation>
            <numerusform>Remove %n dossier from the workspace? The file itself is kept.</numerusform>
            <numerusform>Remove %n dossiers from the workspace? The files themselves are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Attachment 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommending authority is empty; the table will have a blank line to fill in by hand. Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment 3 summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment 3 written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of recommended applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading dossiers: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommending authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the data do not agree (不一致)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dossiers do not meet every condition, or their data do not agree:

%1

Put them into Attachment 3 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s), not dossiers</source>
        <translation>
            <numerusform>%n other file, not dossiers</numerusform>
            <numerusform>%n other files, not dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shenbao::OtherQualificationDialog</name>
    <message>
        <source>Enter the date of the certificate as 2021-12-20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this qualification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::PatentDialog</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the grant date as 2020-06-01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::PatentsPage</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (专利名称)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing — attach in ⑨</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core invention patents counted: &lt;b&gt;%1&lt;/b&gt; · invention %2 · utility model %3 · design %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add patent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit patent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit patent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove patent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n patent(s)</source>
        <translation>
            <numerusform>Import %n patent</numerusform>
            <numerusform>Import %n patents</numerusform>
        </translation>
    </message>
    <message>
        <source>Import patents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (after %2: not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted after the evaluation date %1: patents granted later are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::PilotElementsEditor</name>
    <message>
        <source>Element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the project meets it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (佐证):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::ProjectDocument</name>
    <message>
        <source>The same file is already attached as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::ProjectsQualificationsPage</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>none linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project (项目名称)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (万元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification (资质名称)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add undertaken project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit undertaken project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit undertaken project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove undertaken project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit qualification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove qualification %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::RecordTable</name>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::StartPage</name>
    <message>
        <source>Districts pass the applications to %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities report to the province by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications yet. Start a new one, or open the example to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For district and city officers: check received dossiers, put them in recommendation order and export Attachment 3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::UndertakenProjectDialog</name>
    <message>
        <source>Year: type four digits, e.g. 2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::Workspace</name>
    <message>
        <source>%1 is not an officer&apos;s workspace of this version of Shenbao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same dossier (fingerprint) is in the workspace more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another dossier in the workspace has the same unified social credit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: integrity check failed or not a Shenbao dossier; it cannot go into the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the same applicant (%2) is selected twice; keep only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shenbao::WorkspaceModel</name>
    <message>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Shenbao dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier is being read, or reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is the one Shenbao exported for these data, unchanged: one revision, every page as bound, the fingerprint printed on the cover and in every footer, and the recomputed conditions agree. This does not prove the data true, nor that nobody re-exported edited data with Shenbao: only a digital signature could show who made the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF carries no Shenbao data: its figures must be entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary review remarks (初审意见): double-click to edit; exported as column 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (recomputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. main revenue, 3 years (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core invention patents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical cases in Guangdong, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
