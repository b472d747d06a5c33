/**
 * Runs before the React bundle, in any webview Office may use, IE11 included: ES5 only, plain DOM,
 * no modern API. Old perpetual Office on Windows runs add-ins in Trident (IE11) or EdgeHTML, where
 * React 19 and Fluent v9 cannot run: say so in Vietnamese instead of leaving a blank pane.
 */

type Reason = 'webview' | 'requirements' | 'officejs' | 'outside';

interface KhWindow extends Window {
  khUnsupported?: boolean;
  khShowUnsupported?: (reason: Reason) => void;
}

var MESSAGES = {
  webview: {
    title: 'Phiên bản Office này quá cũ cho Soạn KH',
    body:
      'Soạn KH cần Word dùng trình duyệt Microsoft Edge (WebView2): Microsoft 365, Office 2021 trở lên, Word trên máy Mac hoặc Word trên web. ' +
      'Bản Office này đang dùng trình duyệt cũ (Internet Explorer hoặc Edge đời cũ). Hãy cập nhật Office, hoặc mở tài liệu bằng Word trên web.',
    en: 'This version of Office is too old for Soan KH: it needs Word with the Edge (WebView2) runtime. Update Office or use Word on the web.',
  },
  requirements: {
    title: 'Word này chưa hỗ trợ Soạn KH',
    body: 'Soạn KH cần Word hỗ trợ bộ API WordApi 1.3 trở lên. Hãy cập nhật Office, hoặc dùng Word trên web.',
    en: 'This Word does not support the WordApi 1.3 requirement set that Soan KH needs. Update Office or use Word on the web.',
  },
  officejs: {
    title: 'Không tải được Office.js',
    body: 'Soạn KH cần thư viện Office.js, từ máy chủ của Microsoft (appsforoffice.microsoft.com) hoặc bản sao đi kèm phần bổ trợ; cả hai đều không tải được. Hãy kiểm tra kết nối mạng hoặc tường lửa, rồi mở lại phần bổ trợ. Ngoài Word, hãy dùng trang standalone.html.',
    en: 'Office.js could not be loaded, neither from Microsoft’s CDN nor from the add-in’s own copy. Check the network or firewall and reopen the add-in; outside Word, use standalone.html.',
  },
  outside: {
    title: 'Trang này chạy bên trong Word',
    body: 'Đây là task pane của Soạn KH: hãy mở nó trong Word (Trang đầu > Kế hoạch). Để làm việc trên tệp .docx trong trình duyệt, không cần Word, hãy mở trang standalone.html.',
    en: 'This is the Soạn KH task pane: open it in Word. To work on a .docx in the browser without Word, open standalone.html.',
  },
};

function isOldWebview(userAgent: string): boolean {
  return /Trident\/|MSIE |Edge\/\d/.test(userAgent);
}

function show(reason: Reason): void {
  var text = MESSAGES[reason];
  var root = document.getElementById('root') || document.body;
  while (root.firstChild) root.removeChild(root.firstChild);
  var box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.fontFamily = 'Segoe UI, Arial, sans-serif';
  box.style.padding = '16px';
  box.style.lineHeight = '1.45';
  var title = document.createElement('h1');
  title.style.fontSize = '18px';
  title.appendChild(document.createTextNode(text.title));
  var body = document.createElement('p');
  body.appendChild(document.createTextNode(text.body));
  var en = document.createElement('p');
  en.lang = 'en';
  en.style.color = 'GrayText';
  en.appendChild(document.createTextNode(text.en));
  box.appendChild(title);
  box.appendChild(body);
  box.appendChild(en);
  root.appendChild(box);
  (window as KhWindow).khUnsupported = true;
}

(window as KhWindow).khShowUnsupported = show;
if (isOldWebview(navigator.userAgent)) show('webview');
export {};
