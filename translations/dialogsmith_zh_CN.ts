<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Dialogsmith::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>A studio for synthetic training data: design conversations, generate them with teacher models, curate them and export them for fine-tuning.</source>
        <translation>合成训练数据工作室：设计对话，用教师模型生成对话，筛选整理后导出用于微调。</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>根据 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; 授权。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::LivePreviewPanel</name>
    <message>
        <source>No run in progress.
Conversations appear here, turn by turn, while they are being written.</source>
        <translation>当前没有运行任务。
对话在生成过程中会逐轮显示在这里。</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Llm::HttpTransport</name>
    <message>
        <source>TLS is not available on this system</source>
        <translation>此系统上不支持 TLS</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 不是 http 或 https URL</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>服务器在响应完成前关闭了连接</translation>
    </message>
    <message>
        <source>the server sent an over-long line in its answer&apos;s head</source>
        <translation>服务器在响应头中发送了过长的行</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <translation>服务器的响应不是有效的 HTTP（%1）</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::Llm::LlmClient</name>
    <message>
        <source>there is no provider profile named &quot;%1&quot;</source>
        <translation>没有名为“%1”的提供商配置</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 is plain http to another machine</source>
        <translation>%1 使用明文 http 连接其他机器</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>未设置环境变量 %1</translation>
    </message>
    <message>
        <source>no keychain is available here</source>
        <translation>此处没有可用的密钥链</translation>
    </message>
    <message>
        <source>the keychain has no key named &quot;%1&quot;</source>
        <translation>密钥链中没有名为“%1”的密钥</translation>
    </message>
    <message>
        <source>the profile has no endpoint</source>
        <translation>该配置没有端点</translation>
    </message>
    <message>
        <source>the answer is larger than 64 MiB</source>
        <translation>响应超过 64 MiB</translation>
    </message>
    <message>
        <source>the stream is larger than 64 MiB</source>
        <translation>数据流超过 64 MiB</translation>
    </message>
    <message>
        <source>a stream line is too long</source>
        <translation>数据流中有一行过长</translation>
    </message>
    <message>
        <source>the server redirected to %1; set the base URL to where it points</source>
        <translation>服务器重定向到了 %1；请将基础 URL 设置为其指向的地址</translation>
    </message>
    <message>
        <source>the stream closed before its last event</source>
        <translation>数据流在最后一个事件之前关闭</translation>
    </message>
    <message>
        <source>the server asked to wait %1 s before retrying</source>
        <translation>服务器要求等待 %1 s 后再重试</translation>
    </message>
    <message>
        <source>no content for %1 ms</source>
        <translation>%1 ms 内没有收到内容</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 内没有响应</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new project file</source>
        <translation>创建新的项目文件</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes to the project</source>
        <translation>保存对项目的更改</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name and continue there</source>
        <translation>以新名称保存项目，并在新文件中继续工作</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Dialogsmith</source>
        <translation>退出 Dialogsmith</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the current view</source>
        <translation>在当前视图中搜索</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start generating with the project&apos;s run settings</source>
        <translation>使用项目的运行设置开始生成</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the run after the turns in flight</source>
        <translation>在进行中的轮次完成后暂停运行</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the run now; completed turns are kept</source>
        <translation>立即停止运行；已完成的轮次会保留</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>提供商(&amp;P)…</translation>
    </message>
    <message>
        <source>Set up the teacher models of this project</source>
        <translation>设置此项目的教师模型</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>首选项(&amp;R)…</translation>
    </message>
    <message>
        <source>Language and other settings of the studio</source>
        <translation>语言及工作室的其他设置</translation>
    </message>
    <message>
        <source>&amp;About Dialogsmith</source>
        <translation>关于 Dialogsmith(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>OpenAI messages (JSONL)…</source>
        <translation>OpenAI 消息格式 (JSONL)…</translation>
    </message>
    <message>
        <source>ShareGPT (JSONL)…</source>
        <translation>ShareGPT (JSONL)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Live Preview</source>
        <translation>实时预览</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Dialogsmith projects (*.%1)</source>
        <translation>Dialogsmith 项目 (*.%1)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Opened %1 read-only: the file cannot be written</source>
        <translation>已以只读方式打开 %1：无法写入该文件</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Dialogsmith starts.</source>
        <translation>新语言将在下次启动 Dialogsmith 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::ProjectNavigator</name>
    <message>
        <source>No project is open.
Create one with File ▸ New or open one with File ▸ Open.</source>
        <translation>没有打开的项目。
可通过“文件 ▸ 新建”创建项目，或通过“文件 ▸ 打开”打开已有项目。</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>人设</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::RunPanel</name>
    <message>
        <source>No run in progress</source>
        <translation>当前没有运行任务</translation>
    </message>
    <message>
        <source>%p% · ETA —</source>
        <translation>%p% · 剩余时间 —</translation>
    </message>
    <message>
        <source>Conversations done</source>
        <translation>已完成对话</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>每分钟请求数</translation>
    </message>
    <message>
        <source>Rate limited (429)</source>
        <translation>速率受限 (429)</translation>
    </message>
</context>
<context>
    <name>Dialogsmith::StartPage</name>
    <message>
        <source>Design conversations, generate them with teacher models, curate them, and export training data.</source>
        <translation>设计对话，用教师模型生成对话，筛选整理，然后导出训练数据。</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Start an empty project file for topics, personas, documents and the data generated from them.</source>
        <translation>新建一个空项目文件，用于存放主题、人设、文档以及由它们生成的数据。</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Continue with a .dialogsmith project file.</source>
        <translation>继续处理 .dialogsmith 项目文件。</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Projects you open appear here.</source>
        <translation>您打开过的项目会显示在这里。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Put the key in an environment variable instead.</source>
        <translation>没有可用的系统密钥链（%1）。请改为将密钥放在环境变量中。</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused (%1).</source>
        <translation>访问系统密钥链的请求被拒绝（%1）。</translation>
    </message>
    <message>
        <source>The system keychain denied access (%1).</source>
        <translation>系统密钥链拒绝了访问（%1）。</translation>
    </message>
    <message>
        <source>The key could not be deleted from the system keychain (%1).</source>
        <translation>无法从系统密钥链中删除该密钥（%1）。</translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1).</source>
        <translation>系统密钥链报告了错误（%1）。</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>无法创建 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot create %1: the file that is there cannot be replaced.</source>
        <translation>无法创建 %1：无法替换该位置已有的文件。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation>无法打开 %1：它不是可读取的文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Dialogsmith project (not an SQLite database, or damaged).</source>
        <translation>无法打开 %1：它不是 Dialogsmith 项目（不是 SQLite 数据库，或已损坏）。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Dialogsmith project (it has no project metadata).</source>
        <translation>无法打开 %1：它不是 Dialogsmith 项目（没有项目元数据）。</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Dialogsmith project (its metadata names no Dialogsmith format).</source>
        <translation>无法打开 %1：它不是 Dialogsmith 项目（其元数据未指明 Dialogsmith 格式）。</translation>
    </message>
    <message>
        <source>Cannot open %1: its format version &quot;%2&quot; is not valid.</source>
        <translation>无法打开 %1：格式版本“%2”无效。</translation>
    </message>
    <message>
        <source>Cannot open %1: it was made by a newer Dialogsmith (project format %2; this version reads up to format %3). Update Dialogsmith to open it.</source>
        <translation>无法打开 %1：它由较新版本的 Dialogsmith 创建（项目格式 %2；此版本最高只能读取格式 %3）。请更新 Dialogsmith 后再打开。</translation>
    </message>
    <message>
        <source>Cannot save a copy of the project over itself (%1).</source>
        <translation>无法将项目副本保存并覆盖项目自身（%1）。</translation>
    </message>
    <message>
        <source>Cannot save to %1: the file that is there cannot be replaced.</source>
        <translation>无法保存到 %1：无法替换该位置已有的文件。</translation>
    </message>
    <message>
        <source>Cannot save to %1: %2</source>
        <translation>无法保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>Check the API key of profile &quot;%1&quot; (Tools ▸ Providers).</source>
        <translation>请检查配置“%1”的 API 密钥（工具 ▸ 提供商）。</translation>
    </message>
    <message>
        <source>Check the model name and base URL of profile &quot;%1&quot;.</source>
        <translation>请检查配置“%1”的模型名称和基础 URL。</translation>
    </message>
    <message>
        <source>The account behind profile &quot;%1&quot; has no quota or credit left; the run was stopped.</source>
        <translation>配置“%1”所用账户的配额或额度已用完；运行已停止。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; would send its key over plain http to another machine. Use https, or allow plain http for this profile explicitly.</source>
        <translation>配置“%1”会通过明文 http 将密钥发送到其他机器。请使用 https，或为此配置明确允许明文 http。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no API key: store one in Tools ▸ Providers or set its environment variable.</source>
        <translation>配置“%1”没有 API 密钥：请在“工具 ▸ 提供商”中保存密钥，或设置其环境变量。</translation>
    </message>
    <message>
        <source>The server rejected the request of profile &quot;%1&quot;.</source>
        <translation>服务器拒绝了配置“%1”的请求。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2.</source>
        <translation>配置“%1”：%2。</translation>
    </message>
    <message>
        <source>%1 (HTTP %2: %3)</source>
        <translation>%1（HTTP %2：%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>no answer arrived in time</source>
        <translation>未能及时收到响应</translation>
    </message>
    <message>
        <source>the stream stalled</source>
        <translation>数据流停滞</translation>
    </message>
    <message>
        <source>the stream ended early</source>
        <translation>数据流提前结束</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>速率受限</translation>
    </message>
    <message>
        <source>the server is overloaded</source>
        <translation>服务器过载</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not in the expected format</source>
        <translation>服务器响应的格式不符合预期</translation>
    </message>
    <message>
        <source>the server reported an error during the stream</source>
        <translation>服务器在数据流传输过程中报告了错误</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>请求无效</translation>
    </message>
    <message>
        <source>the API key was refused</source>
        <translation>API 密钥被拒绝</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>quota exhausted</source>
        <translation>配额已用尽</translation>
    </message>
    <message>
        <source>refused to send a key over plain http</source>
        <translation>拒绝通过明文 http 发送密钥</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>没有 API 密钥</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>The comment is not closed by &apos;--}}&apos;.</source>
        <translation>注释没有用“--}}”闭合。</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed by &apos;}}&apos;.</source>
        <translation>“{{”没有用“}}”闭合。</translation>
    </message>
    <message>
        <source>The tag names no variable.</source>
        <translation>该标签没有指定变量。</translation>
    </message>
    <message>
        <source>Unknown helper &apos;#%1&apos;: use #if, #unless or #each.</source>
        <translation>未知的辅助函数“#%1”：请使用 #if、#unless 或 #each。</translation>
    </message>
    <message>
        <source>&apos;{{#%1}}&apos; needs a variable.</source>
        <translation>“{{#%1}}”需要一个变量。</translation>
    </message>
    <message>
        <source>&apos;{{#%1}}&apos; takes one variable, not &apos;%2&apos;.</source>
        <translation>“{{#%1}}”只接受一个变量，而不是“%2”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a variable name.</source>
        <translation>“%1”不是变量名。</translation>
    </message>
    <message>
        <source>Unknown section end &apos;{{/%1}}&apos;.</source>
        <translation>未知的区块结束标签“{{/%1}}”。</translation>
    </message>
    <message>
        <source>&apos;{{/%1}}&apos; takes nothing after the name.</source>
        <translation>“{{/%1}}”的名称后面不能再有其他内容。</translation>
    </message>
    <message>
        <source>&apos;{{else}}&apos; takes no condition: nest an &apos;{{#if}}&apos; inside it.</source>
        <translation>“{{else}}”不接受条件：请在其中嵌套一个“{{#if}}”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only available inside &apos;{{#each}}&apos;.</source>
        <translation>“%1”只能在“{{#each}}”内部使用。</translation>
    </message>
    <message>
        <source>Sections are nested more than %1 deep.</source>
        <translation>区块嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>&apos;{{else}}&apos; is only allowed directly inside &apos;{{#if}}&apos; or &apos;{{#unless}}&apos;.</source>
        <translation>“{{else}}”只能直接位于“{{#if}}”或“{{#unless}}”内部。</translation>
    </message>
    <message>
        <source>A second &apos;{{else}}&apos; in the same &apos;{{#%1}}&apos;.</source>
        <translation>同一个“{{#%1}}”中出现了第二个“{{else}}”。</translation>
    </message>
    <message>
        <source>&apos;{{/%1}}&apos; has no matching &apos;{{#%1}}&apos;.</source>
        <translation>“{{/%1}}”没有对应的“{{#%1}}”。</translation>
    </message>
    <message>
        <source>&apos;{{/%1}}&apos; closes &apos;{{#%2}}&apos; from line %3, column %4.</source>
        <translation>“{{/%1}}”关闭的是第 %3 行第 %4 列的“{{#%2}}”。</translation>
    </message>
    <message>
        <source>&apos;{{#%1}}&apos; is not closed by &apos;{{/%1}}&apos;.</source>
        <translation>“{{#%1}}”没有用“{{/%1}}”闭合。</translation>
    </message>
    <message>
        <source>The template produces too much text: rendering stopped here.</source>
        <translation>模板生成的文本过多：渲染已在此处停止。</translation>
    </message>
    <message>
        <source>No value for &apos;%1&apos;.</source>
        <translation>“%1”没有值。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a value of a type templates do not support (%2).</source>
        <translation>“%1”中的值属于模板不支持的类型（%2）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a list and cannot be written as text: use &apos;{{#each %1}}&apos;.</source>
        <translation>“%1”是列表，无法作为文本输出：请使用“{{#each %1}}”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a map and cannot be written as text: write one of its fields.</source>
        <translation>“%1”是映射，无法作为文本输出：请输出它的某个字段。</translation>
    </message>
    <message>
        <source>&apos;{{#each %1}}&apos; needs a list, but &apos;%1&apos; is %2.</source>
        <translation>“{{#each %1}}”需要列表，但“%1”是%2。</translation>
    </message>
    <message>
        <source>Unknown variable &apos;%1&apos;.</source>
        <translation>未知变量“%1”。</translation>
    </message>
    <message>
        <source>Unknown variable &apos;%1&apos;: &apos;%2&apos; is %3 and has no fields.</source>
        <translation>未知变量“%1”：“%2”是%3，没有字段。</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>VariableSchema</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>The persona&apos;s name.</source>
        <translation>人设的名称。</translation>
    </message>
    <message>
        <source>Who the persona is, in a sentence or two.</source>
        <translation>用一两句话说明这个人设是谁。</translation>
    </message>
    <message>
        <source>How the persona relates to the other speaker (for example &quot;student of&quot;).</source>
        <translation>人设与对话另一方的关系（例如“……的学生”）。</translation>
    </message>
    <message>
        <source>The persona&apos;s mood in this conversation.</source>
        <translation>人设在这段对话中的情绪。</translation>
    </message>
    <message>
        <source>How much the persona knows about the topic (for example &quot;beginner&quot;).</source>
        <translation>人设对该主题的知识水平（例如“初学者”）。</translation>
    </message>
    <message>
        <source>What the persona wants from the conversation.</source>
        <translation>人设希望通过对话达成的目标。</translation>
    </message>
    <message>
        <source>How the persona talks.</source>
        <translation>人设的说话风格。</translation>
    </message>
    <message>
        <source>The language the persona speaks.</source>
        <translation>人设使用的语言。</translation>
    </message>
    <message>
        <source>Who spoke: &quot;user&quot; or &quot;assistant&quot;.</source>
        <translation>发言者：“user”或“assistant”。</translation>
    </message>
    <message>
        <source>What was said.</source>
        <translation>发言的内容。</translation>
    </message>
    <message>
        <source>The topic&apos;s own name, the last step of its path.</source>
        <translation>主题本身的名称，即其路径的最后一级。</translation>
    </message>
    <message>
        <source>The topic with its parents, such as &quot;Mathematics › Calculus › Derivatives&quot;.</source>
        <translation>带上级主题的主题，例如“数学 › 微积分 › 导数”。</translation>
    </message>
    <message>
        <source>The topic&apos;s description; may be empty.</source>
        <translation>主题的描述；可能为空。</translation>
    </message>
    <message>
        <source>The persona who asks: the user side of the conversation.</source>
        <translation>提问的人设：对话中的用户一方。</translation>
    </message>
    <message>
        <source>The persona who answers: the assistant side.</source>
        <translation>回答的人设：助手一方。</translation>
    </message>
    <message>
        <source>The situation the conversation happens in.</source>
        <translation>对话发生的情境。</translation>
    </message>
    <message>
        <source>The kind of conversation: Q&amp;A, debate, lecture or tutoring.</source>
        <translation>对话的类型：问答、辩论、讲座或辅导。</translation>
    </message>
    <message>
        <source>The part of a document the conversation is grounded in; empty without documents.</source>
        <translation>对话所依据的文档片段；没有文档时为空。</translation>
    </message>
    <message>
        <source>The title of the document the chunk comes from; empty without documents.</source>
        <translation>该片段所属文档的标题；没有文档时为空。</translation>
    </message>
    <message>
        <source>The turns so far, oldest first: each has role and content.</source>
        <translation>到目前为止的各轮发言，最早的在前：每轮都有 role 和 content。</translation>
    </message>
    <message>
        <source>The number of the turn being written, from 1.</source>
        <translation>正在撰写的轮次编号，从 1 开始。</translation>
    </message>
    <message>
        <source>How many turns the conversation will have.</source>
        <translation>对话总共的轮数。</translation>
    </message>
    <message>
        <source>How many turns follow the one being written.</source>
        <translation>正在撰写的轮次之后还有几轮。</translation>
    </message>
    <message>
        <source>Whether this is the conversation&apos;s first turn.</source>
        <translation>这是否为对话的第一轮。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Dialogsmith without a screen: the studio&apos;s engine for batch runs.</source>
        <translation>无界面的 Dialogsmith：用于批量运行的工作室引擎。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>要执行的操作。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>未知命令“%1”；请参阅 --help</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dialogsmith, the synthetic data studio.</source>
        <translation>Dialogsmith，合成数据工作室。</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>主窗口显示后将其截图保存到 &lt;文件&gt;，然后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation>要打开的项目文件。</translation>
    </message>
    <message>
        <source>Show the interface in &lt;code&gt; (en, de, id, zh_CN) for this run.</source>
        <translation>本次运行以 &lt;code&gt;（en、de、id、zh_CN）显示界面。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
</context>
</TS>
