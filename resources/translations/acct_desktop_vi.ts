<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AccountCommands</name>
    <message>
        <source>&amp;New account…</source>
        <translation>Khách hàng &amp;mới…</translation>
    </message>
    <message>
        <source>New c&amp;hild account…</source>
        <translation>Khách hàng co&amp;n mới…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>&amp;Sửa khách hàng…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Lưu &amp;trữ</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Expand all below</source>
        <translation>Mở rộng tất cả cấp dưới</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Sao chép mã</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Mở khách hàng</translation>
    </message>
    <message>
        <source>Plan visits for it and everything below…</source>
        <translation>Lập kế hoạch viếng thăm cho khách hàng này và các cấp dưới…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>New account under %1</source>
        <translation>Khách hàng mới thuộc %1</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Sửa khách hàng</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Lưu trữ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n active accounts below it. Archive them too?</source>
        <translation>
            <numerusform>%1 có %n khách hàng đang hoạt động bên dưới. Lưu trữ cả chúng?</numerusform>
        </translation>
    </message>
    <message>
        <source>One undo step brings them all back.</source>
        <translation>Một bước hoàn tác sẽ khôi phục tất cả.</translation>
    </message>
    <message>
        <source>Archive all</source>
        <translation>Lưu trữ tất cả</translation>
    </message>
</context>
<context>
    <name>AccountFilterMenu</name>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Hạng %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Visit overdue</source>
        <translation>Quá hạn viếng thăm</translation>
    </message>
    <message>
        <source>Issues past deadline</source>
        <translation>Vấn đề quá hạn</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Show archived accounts</source>
        <translation>Hiện khách hàng đã lưu trữ</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Xóa mọi bộ lọc</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Bất kỳ</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Đường</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quận/huyện</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <source>Country (ISO)</source>
        <translation>Quốc gia (ISO)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>separate tags with commas</source>
        <translation>phân tách các thẻ bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>Đã khôi phục nội dung bạn nhập lần trước (chưa lưu).</translation>
    </message>
</context>
<context>
    <name>AccountQuestion</name>
    <message>
        <source>Import vCards</source>
        <translation>Nhập vCard</translation>
    </message>
    <message>
        <source>Which account do the contacts in %1 belong to?</source>
        <translation>Các liên hệ trong %1 thuộc khách hàng nào?</translation>
    </message>
    <message>
        <source>Search accounts by name or code</source>
        <translation>Tìm khách hàng theo tên hoặc mã</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Type part of a name or code and pick the account.</source>
        <translation>Gõ một phần tên hoặc mã rồi chọn khách hàng.</translation>
    </message>
</context>
<context>
    <name>AccountTreeDock</name>
    <message>
        <source>By hierarchy</source>
        <translation>Theo phân cấp</translation>
    </message>
    <message>
        <source>By territory</source>
        <translation>Theo khu vực</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Lọc</translation>
    </message>
    <message>
        <source>Search name, code, city, contact, tag… (Ctrl+F)</source>
        <translation>Tìm tên, mã, thành phố, người liên hệ, thẻ… (Ctrl+F)</translation>
    </message>
    <message>
        <source>No accounts yet — import a spreadsheet or add one.</source>
        <translation>Chưa có khách hàng nào — hãy nhập từ bảng tính hoặc thêm mới.</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Không có khách hàng nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>clear filters</source>
        <translation>xóa bộ lọc</translation>
    </message>
    <message>
        <source>Filtered list · counting… · %1</source>
        <translation>Danh sách đã lọc · đang đếm… · %1</translation>
    </message>
    <message>
        <source>%1 matching accounts · %2</source>
        <translation>%1 khách hàng phù hợp · %2</translation>
    </message>
</context>
<context>
    <name>AlertsDock</name>
    <message>
        <source>Find an alert: account or text (Ctrl+F)</source>
        <translation>Tìm cảnh báo: khách hàng hoặc nội dung (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find an alert</source>
        <translation>Tìm cảnh báo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open what the alert is about (Enter)</source>
        <translation>Mở nội dung của cảnh báo (Enter)</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Bỏ qua…</translation>
    </message>
    <message>
        <source>Hide the alert, with a reason, until what it is about changes (Delete)</source>
        <translation>Ẩn cảnh báo kèm lý do, cho đến khi nội dung liên quan thay đổi (Delete)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Show a snoozed or dismissed alert again</source>
        <translation>Hiện lại cảnh báo đã tạm ẩn hoặc đã bỏ qua</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Read the alerts again (F5)</source>
        <translation>Đọc lại cảnh báo (F5)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tạm ẩn</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Đến ngày mai</translation>
    </message>
    <message>
        <source>Until next Monday</source>
        <translation>Đến thứ Hai tới</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Trong một tuần</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Đến một ngày…</translation>
    </message>
    <message>
        <source>Hide the alert until a day you choose</source>
        <translation>Ẩn cảnh báo đến ngày bạn chọn</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Hiện mục đã bỏ qua</translation>
    </message>
    <message>
        <source>Also list the alerts you snoozed or dismissed</source>
        <translation>Liệt kê cả các cảnh báo bạn đã tạm ẩn hoặc bỏ qua</translation>
    </message>
    <message>
        <source>The alerts could not be read (%1). Press F5 to try again.</source>
        <translation>Không đọc được cảnh báo (%1). Nhấn F5 để thử lại.</translation>
    </message>
    <message>
        <source>Open a database to see what needs you today.</source>
        <translation>Mở cơ sở dữ liệu để xem việc cần làm hôm nay.</translation>
    </message>
    <message>
        <source>Reading alerts…</source>
        <translation>Đang đọc cảnh báo…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>Hôm nay không có việc gì cần bạn xử lý.</translation>
    </message>
    <message>
        <source>%1 snoozed or dismissed: show them</source>
        <translation>%1 mục đã tạm ẩn hoặc bỏ qua: hiện lại</translation>
    </message>
    <message>
        <source>No alert matches the search. Clear it to see them all.</source>
        <translation>Không có cảnh báo nào khớp với tìm kiếm. Xóa nội dung tìm kiếm để xem tất cả.</translation>
    </message>
    <message>
        <source>snooze the alert “%1”</source>
        <translation>tạm ẩn cảnh báo “%1”</translation>
    </message>
    <message>
        <source>dismiss the alert “%1”</source>
        <translation>bỏ qua cảnh báo “%1”</translation>
    </message>
    <message>
        <source>show the alert “%1” again</source>
        <translation>hiện lại cảnh báo “%1”</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>These lines are outside the price policy:</source>
        <translation>Các dòng này nằm ngoài chính sách giá:</translation>
    </message>
    <message>
        <source>Name and role, e.g. Wang Li, regional director</source>
        <translation>Tên và chức vụ, ví dụ: Wang Li, giám đốc khu vực</translation>
    </message>
    <message>
        <source>&amp;Approver:</source>
        <translation>&amp;Người phê duyệt:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Recorded with the time. Changing a flagged line afterwards cancels the approval, and the quote must be approved again.</source>
        <translation>Được ghi lại kèm thời gian. Nếu sau đó sửa một dòng bị gắn cờ, phê duyệt sẽ bị hủy và báo giá phải được phê duyệt lại.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Lịch sử của %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Ngày nhập</translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation>Đã xóa bản nháp</translation>
    </message>
    <message>
        <source>Brought back (Undo)</source>
        <translation>Đã khôi phục (Hoàn tác)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Bậc</translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation>Bản quét có chữ ký</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Base policy</source>
        <translation>Chính sách cơ sở</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Áp dụng cho</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>Từ số lượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Price rule</source>
        <translation>Quy tắc giá</translation>
    </message>
    <message>
        <source>Guide price</source>
        <translation>Giá hướng dẫn</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Chiết khấu</translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation>Bắt đầu từ</translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>Làm tròn đến</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Phụ phí</translation>
    </message>
    <message>
        <source>Minimum margin</source>
        <translation>Biên lợi nhuận tối thiểu</translation>
    </message>
    <message>
        <source>Maximum margin</source>
        <translation>Biên lợi nhuận tối đa</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>Giá sàn</translation>
    </message>
    <message>
        <source>Minimum markup % (over cost)</source>
        <translation>Tỷ lệ lợi nhuận trên giá vốn tối thiểu (%)</translation>
    </message>
    <message>
        <source>Maximum discount</source>
        <translation>Chiết khấu tối đa</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Ngưỡng phê duyệt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Ngày nhập</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Chiết khấu thương mại</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Mức cơ sở</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Khách hàng cấp trên</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Đường</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quận/Huyện</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Chiến lược</translation>
    </message>
    <message>
        <source>Purchasing policy</source>
        <translation>Chính sách mua hàng</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Điều khoản thanh toán</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Hạn mức tín dụng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Whose side</source>
        <translation>Bên chịu trách nhiệm</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Cách giải quyết</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Viếng thăm</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Ngày yêu cầu</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>Ngày giao yêu cầu</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Thuế suất</translation>
    </message>
    <message>
        <source>Quote discount</source>
        <translation>Chiết khấu báo giá</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Điều kiện giao hàng</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Xác nhận đơn hàng</translation>
    </message>
    <message>
        <source>Draft discarded</source>
        <translation>Đã bỏ bản nháp</translation>
    </message>
    <message>
        <source>Repriced</source>
        <translation>Đã định giá lại</translation>
    </message>
    <message>
        <source>Revision of</source>
        <translation>Bản sửa của</translation>
    </message>
    <message>
        <source>Declined by</source>
        <translation>Người từ chối</translation>
    </message>
    <message>
        <source>Line moved</source>
        <translation>Đã di chuyển dòng</translation>
    </message>
    <message>
        <source>Line duplicated</source>
        <translation>Đã nhân bản dòng</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Price policy</source>
        <translation>Chính sách giá</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation>Bán ra</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Đối thủ</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Việc cần theo dõi</translation>
    </message>
    <message>
        <source>Prices as agreed</source>
        <translation>Giá đúng thỏa thuận</translation>
    </message>
    <message>
        <source>POS material in place</source>
        <translation>Vật phẩm trưng bày đầy đủ</translation>
    </message>
    <message>
        <source>Takes part in the promotion</source>
        <translation>Tham gia khuyến mãi</translation>
    </message>
    <message>
        <source>Would recommend us (0-10)</source>
        <translation>Sẵn lòng giới thiệu (0-10)</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>No change has been recorded for it yet (records brought in by the demo or an import start their history at their first change here).</source>
        <translation>Chưa có thay đổi nào được ghi lại (với bản ghi từ dữ liệu mẫu hoặc từ tệp nhập, lịch sử bắt đầu từ lần thay đổi đầu tiên tại đây).</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>A team database is backed up by its server, not by acct-desktop: ask whoever runs the server about its backups.</source>
        <translation>Cơ sở dữ liệu nhóm được máy chủ của nó sao lưu, không phải acct-desktop: hãy hỏi người quản lý máy chủ về việc sao lưu.</translation>
    </message>
    <message>
        <source>This is a server database: the server&apos;s administrator backs it up (pg_dump), not acct-desktop.</source>
        <translation>Đây là cơ sở dữ liệu trên máy chủ: quản trị viên máy chủ chịu trách nhiệm sao lưu (pg_dump), không phải acct-desktop.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) written to %1</source>
        <translation>
            <numerusform>Đã ghi %n lượt viếng thăm vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Đã hủy nhập. Không có dữ liệu nào được ghi.</translation>
    </message>
    <message>
        <source>Visit calendar</source>
        <translation>Lịch viếng thăm</translation>
    </message>
    <message>
        <source>Preparing visit sheets…</source>
        <translation>Đang chuẩn bị phiếu thăm…</translation>
    </message>
    <message>
        <source>Printing cancelled. Nothing was printed.</source>
        <translation>Đã hủy in. Không có gì được in.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see the details.</source>
        <translation>
            <numerusform>… và %n mục nữa; xem phần chi tiết.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip them and import the rest</source>
        <translation>Bỏ qua và nhập phần còn lại</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Read a calendar file</source>
        <translation>Đọc tệp lịch</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>Tệp iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>No written checklist yet. Issue one from the account&apos;s open issues (Issue checklist…); the customer stamps it and you attach the scan.</source>
        <translation>Chưa có danh sách xác nhận bằng văn bản. Hãy lập từ các vấn đề đang mở của khách hàng (Lập danh sách xác nhận…); khách hàng đóng dấu và bạn đính kèm bản quét.</translation>
    </message>
    <message>
        <source>Issue checklist…</source>
        <translation>Lập danh sách xác nhận…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Re-issue…</source>
        <translation>Lập lại…</translation>
    </message>
    <message>
        <source>Attach stamped copy…</source>
        <translation>Đính kèm bản đã đóng dấu…</translation>
    </message>
    <message>
        <source>Open stamped copy</source>
        <translation>Mở bản đã đóng dấu</translation>
    </message>
    <message>
        <source>Verify a file…</source>
        <translation>Xác minh tệp…</translation>
    </message>
    <message>
        <source>Save the sealed checklist</source>
        <translation>Lưu danh sách xác nhận đã niêm phong</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <source>%1 is marked stamped by the customer.</source>
        <translation>%1 được đánh dấu là khách hàng đã đóng dấu.</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Cannot reach the team database — what you type is kept; Save it once the database is back.</source>
        <translation>Không kết nối được cơ sở dữ liệu nhóm — nội dung bạn nhập vẫn được giữ; hãy Lưu khi cơ sở dữ liệu trở lại.</translation>
    </message>
    <message>
        <source>Cannot open the database file — what you type is kept; Save it once the file is back.</source>
        <translation>Không mở được tệp cơ sở dữ liệu — nội dung bạn nhập vẫn được giữ; hãy Lưu khi tệp trở lại.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Người liên hệ mới</translation>
    </message>
    <message>
        <source>1 = little say … 5 = decides</source>
        <translation>1 = ít tiếng nói … 5 = quyết định</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— không ai —</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Chức danh:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Phòng ban:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Đ&amp;iện thoại:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Messenger id:</source>
        <translation>ID &amp;Messenger:</translation>
    </message>
    <message>
        <source>&amp;Role in the decision:</source>
        <translation>&amp;Vai trò trong quyết định:</translation>
    </message>
    <message>
        <source>&amp;Attitude to us:</source>
        <translation>T&amp;hái độ với chúng ta:</translation>
    </message>
    <message>
        <source>&amp;Influence:</source>
        <translation>Ả&amp;nh hưởng:</translation>
    </message>
    <message>
        <source>Report&amp;s to:</source>
        <translation>&amp;Báo cáo cho:</translation>
    </message>
    <message>
        <source>&amp;Last contact:</source>
        <translation>&amp;Lần liên hệ cuối:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>Nội dung bạn nhập được giữ lại: đóng biểu mẫu và mở lại để xem thay đổi của họ cùng nội dung của bạn đè lên.</translation>
    </message>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>Đã khôi phục nội dung bạn nhập lần trước (chưa lưu).</translation>
    </message>
</context>
<context>
    <name>ContactMapCommands</name>
    <message>
        <source>Add contact</source>
        <translation>Thêm người liên hệ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Arrange as org chart</source>
        <translation>Sắp xếp thành sơ đồ tổ chức</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Import vCards…</source>
        <translation>Nhập vCard…</translation>
    </message>
    <message>
        <source>Export vCards…</source>
        <translation>Xuất vCard…</translation>
    </message>
    <message>
        <source>Contact map</source>
        <translation>Sơ đồ liên hệ</translation>
    </message>
    <message>
        <source>Choose an account first: a contact is added to the current account.</source>
        <translation>Hãy chọn khách hàng trước: người liên hệ được thêm vào khách hàng hiện tại.</translation>
    </message>
    <message>
        <source>add contact %1</source>
        <translation>thêm liên hệ %1</translation>
    </message>
    <message>
        <source>edit contact %1</source>
        <translation>sửa liên hệ %1</translation>
    </message>
    <message>
        <source>change whom %1 reports to</source>
        <translation>đổi cấp trên của %1</translation>
    </message>
    <message>
        <source>remove %1 from the map</source>
        <translation>gỡ %1 khỏi sơ đồ</translation>
    </message>
    <message>
        <source>%1 manages %2</source>
        <translation>%1 quản lý %2</translation>
    </message>
    <message>
        <source>%1 influences %2</source>
        <translation>%1 ảnh hưởng đến %2</translation>
    </message>
    <message>
        <source>%1 is allied with %2</source>
        <translation>%1 liên minh với %2</translation>
    </message>
    <message>
        <source>%1 is in conflict with %2</source>
        <translation>%1 mâu thuẫn với %2</translation>
    </message>
    <message>
        <source>%1 knows %2</source>
        <translation>%1 quen biết %2</translation>
    </message>
    <message>
        <source>link %1 and %2 (%3)</source>
        <translation>liên kết %1 và %2 (%3)</translation>
    </message>
    <message>
        <source>remove relationship “%1”</source>
        <translation>gỡ quan hệ “%1”</translation>
    </message>
    <message numerus="yes">
        <source>move %n cards on the contact map</source>
        <translation>
            <numerusform>di chuyển %n thẻ trên sơ đồ liên hệ</numerusform>
        </translation>
    </message>
    <message>
        <source>arrange the map as an org chart</source>
        <translation>sắp xếp sơ đồ theo sơ đồ tổ chức</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Báo cáo cho</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— không ai —</translation>
    </message>
    <message>
        <source>Remove from the map (archive)</source>
        <translation>Gỡ khỏi sơ đồ (lưu trữ)</translation>
    </message>
    <message>
        <source>Remove relationship “%1”</source>
        <translation>Xóa quan hệ “%1”</translation>
    </message>
    <message>
        <source>Add contact here…</source>
        <translation>Thêm người liên hệ tại đây…</translation>
    </message>
    <message>
        <source>Choose the account the contacts belong to first.</source>
        <translation>Hãy chọn trước khách hàng mà những người liên hệ này thuộc về.</translation>
    </message>
    <message>
        <source>Import vCards</source>
        <translation>Nhập vCard</translation>
    </message>
    <message>
        <source>vCards (*.vcf *.vcard)</source>
        <translation>Tệp vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Xóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Their name becomes a placeholder; phones, e-mails, notes and relationships are removed, and their name is replaced in visit reports and issues. Visits still count. This cannot be undone. Why are you erasing it?</source>
        <translation>Tên của người này được thay bằng tên tạm; số điện thoại, email, ghi chú và các mối quan hệ bị xóa, tên cũng được thay trong báo cáo viếng thăm và vấn đề. Các lượt viếng thăm vẫn được tính. Không thể hoàn tác thao tác này. Vì sao bạn xóa dữ liệu này?</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Không lưu được %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Xuất sơ đồ</translation>
    </message>
</context>
<context>
    <name>ContactMapDock</name>
    <message>
        <source>Select an account to see its people and who reports to whom.</source>
        <translation>Chọn một khách hàng để xem nhân sự và quan hệ báo cáo.</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Mối quan hệ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>With child accounts</source>
        <translation>Kèm khách hàng con</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Mọi vai trò</translation>
    </message>
    <message>
        <source>All attitudes</source>
        <translation>Mọi thái độ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Flag people not contacted for longer than this</source>
        <translation>Đánh dấu những người không được liên hệ lâu hơn khoảng này</translation>
    </message>
    <message>
        <source>Not contacted for over</source>
        <translation>Không liên hệ quá</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Chú giải</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Tìm người</translation>
    </message>
    <message>
        <source>Border weight and ●●●○○ = influence</source>
        <translation>Độ đậm viền và ●●●○○ = mức ảnh hưởng</translation>
    </message>
    <message>
        <source>Manages</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>No accounts yet: import accounts (File → Import accounts…) or add one (Ctrl+N in the account tree) first, then add who decides there.</source>
        <translation>Chưa có khách hàng: hãy nhập khách hàng (Tệp → Nhập khách hàng…) hoặc thêm một khách hàng (Ctrl+N trong cây khách hàng) trước, rồi thêm người ra quyết định ở đó.</translation>
    </message>
    <message>
        <source>Select an account to see who decides there.</source>
        <translation>Chọn một khách hàng để xem ai là người quyết định ở đó.</translation>
    </message>
    <message>
        <source>No contacts recorded for this account yet.</source>
        <translation>Chưa có người liên hệ nào cho khách hàng này.</translation>
    </message>
    <message>
        <source>Nobody is known at this account yet. Double-click the map (or Add contact) to add the first person.</source>
        <translation>Chưa biết ai ở khách hàng này. Nhấp đúp vào sơ đồ (hoặc Thêm người liên hệ) để thêm người đầu tiên.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Mức độ phủ</translation>
    </message>
    <message>
        <source>Single-threaded: one contact only</source>
        <translation>Chỉ một đầu mối: mới có một người liên hệ</translation>
    </message>
    <message>
        <source>Nobody as: %1</source>
        <translation>Chưa có ai là: %1</translation>
    </message>
    <message>
        <source>Blocks: %1</source>
        <translation>Cản trở: %1</translation>
    </message>
    <message>
        <source>Champions: %1</source>
        <translation>Ủng hộ nhiệt thành: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>Not contacted for over %1 days:</source>
        <translation>Không liên hệ quá %1 ngày:</translation>
    </message>
    <message>
        <source>Every role covered</source>
        <translation>Đã có người cho mọi vai trò</translation>
    </message>
    <message>
        <source>%1 people at %2 accounts</source>
        <translation>%1 người tại %2 khách hàng</translation>
    </message>
    <message>
        <source>No decision maker at %1 accounts:</source>
        <translation>%1 khách hàng chưa có người quyết định:</translation>
    </message>
    <message>
        <source>Blockers: %1</source>
        <translation>Người cản trở: %1</translation>
    </message>
</context>
<context>
    <name>ContactMapKeys</name>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>This list cannot be read while the database cannot be reached — it comes back when the database answers.</source>
        <translation>Không thể đọc danh sách này khi không kết nối được cơ sở dữ liệu — danh sách sẽ hiện lại khi cơ sở dữ liệu phản hồi.</translation>
    </message>
</context>
<context>
    <name>DaysOffDialog</name>
    <message>
        <source>Days off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>No new visits are proposed on your days off; visits already booked on them stay as they are.</source>
        <translation>Không đề xuất lượt viếng thăm mới nào vào ngày nghỉ của bạn; các lượt viếng thăm đã đặt vào những ngày đó được giữ nguyên.</translation>
    </message>
    <message>
        <source>&amp;Add days off</source>
        <translation>&amp;Thêm ngày nghỉ</translation>
    </message>
</context>
<context>
    <name>DaysOffRow</name>
    <message>
        <source>e.g. leave, training</source>
        <translation>vd: nghỉ phép, đào tạo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Approved by (required):</source>
        <translation>&amp;Người phê duyệt (bắt buộc):</translation>
    </message>
    <message>
        <source>Who decided, e.g. Wang Li, sales director, by phone</source>
        <translation>Người quyết định, ví dụ: Nguyễn Lan, giám đốc bán hàng, qua điện thoại</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>Why — it is recorded with your name and the time, for whoever asks later</source>
        <translation>Lý do — được ghi lại cùng tên bạn và thời gian, để ai cần xem sau này</translation>
    </message>
    <message>
        <source>This is a decision, not an edit: Undo (Ctrl+Z) does not reverse it. It stays in the record&apos;s history.</source>
        <translation>Đây là một quyết định, không phải chỉnh sửa: Hoàn tác (Ctrl+Z) không đảo ngược được. Quyết định được lưu trong lịch sử của bản ghi.</translation>
    </message>
</context>
<context>
    <name>DemoActions</name>
    <message>
        <source>Open the de&amp;mo database</source>
        <translation>Mở cơ sở dữ liệu mẫ&amp;u</translation>
    </message>
    <message>
        <source>A sample territory to try everything on, made the first time it is opened</source>
        <translation>Một khu vực mẫu để dùng thử mọi chức năng, được tạo ở lần mở đầu tiên</translation>
    </message>
    <message>
        <source>Creating the demo database (200 sample accounts)…</source>
        <translation>Đang tạo cơ sở dữ liệu mẫu (200 khách hàng mẫu)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Cơ sở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>Không tạo được cơ sở dữ liệu mẫu: %1</translation>
    </message>
</context>
<context>
    <name>DiscrepancyFormDialog</name>
    <message>
        <source>Discrepancy form</source>
        <translation>Phiếu phân tích chênh lệch</translation>
    </message>
    <message>
        <source>What the figures and the visit showed</source>
        <translation>Số liệu và lượt viếng thăm cho thấy điều gì</translation>
    </message>
    <message>
        <source>What will be done about it</source>
        <translation>Sẽ làm gì để khắc phục</translation>
    </message>
    <message>
        <source>How we will see it worked, e.g. outbound ≥ plan</source>
        <translation>Làm sao biết đã hiệu quả, ví dụ: xuất kho ≥ kế hoạch</translation>
    </message>
    <message>
        <source>Make it a customer issue</source>
        <translation>Chuyển thành vấn đề khách hàng</translation>
    </message>
    <message>
        <source>Track the action in the issues register, with its deadline</source>
        <translation>Theo dõi biện pháp trong sổ vấn đề, kèm thời hạn</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Phân tích</translation>
    </message>
    <message>
        <source>Suspected cause</source>
        <translation>Nguyên nhân dự đoán</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Biện pháp</translation>
    </message>
    <message>
        <source>KPI of the action</source>
        <translation>KPI của biện pháp</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Customer issue</source>
        <translation>Vấn đề khách hàng</translation>
    </message>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>Đã khôi phục nội dung bạn nhập lần trước (chưa lưu).</translation>
    </message>
    <message>
        <source>(none — the button makes one)</source>
        <translation>(chưa có — bấm nút để tạo)</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss alert</source>
        <translation>Bỏ qua cảnh báo</translation>
    </message>
    <message>
        <source>Why it does not need you, e.g. “Customer agreed a new date by phone.”</source>
        <translation>Vì sao không cần bạn xử lý, ví dụ: “Khách hàng đã hẹn ngày mới qua điện thoại.”</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>It comes back if what it is about changes.</source>
        <translation>Cảnh báo sẽ xuất hiện lại nếu nội dung liên quan thay đổi.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>DockFocus</name>
    <message>
        <source>&amp;Next dock</source>
        <translation>&amp;Khung tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Previous dock</source>
        <translation>Khung t&amp;rước</translation>
    </message>
    <message>
        <source>Close &amp;dock</source>
        <translation>Đóng khun&amp;g</translation>
    </message>
</context>
<context>
    <name>DockKeys</name>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>In danh sách…</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Tìm khách hàng</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Print the monthly summary…</source>
        <translation>In báo cáo tổng kết tháng…</translation>
    </message>
    <message>
        <source>the profile card</source>
        <translation>thẻ hồ sơ</translation>
    </message>
    <message>
        <source>Delete does nothing in the profile card: archive an account with Delete in the account tree.</source>
        <translation>Phím Delete không có tác dụng trong thẻ hồ sơ: hãy lưu trữ khách hàng bằng Delete trong cây khách hàng.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>DockTour</name>
    <message>
        <source>Skip tour</source>
        <translation>Bỏ qua hướng dẫn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>Bước %1/%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Shortcut: %1 (%2)</source>
        <translation>Phím tắt: %1 (%2)</translation>
    </message>
    <message>
        <source>Your customers as head offices, branches and outlets. Choose one and every other dock follows it.</source>
        <translation>Khách hàng của bạn theo trụ sở, chi nhánh và cửa hàng. Chọn một khách hàng, mọi khung khác sẽ theo.</translation>
    </message>
    <message>
        <source>Profile card</source>
        <translation>Thẻ hồ sơ</translation>
    </message>
    <message>
        <source>Everything about the chosen account in tabs: details, contacts, visits, prices, quotes and issues.</source>
        <translation>Mọi thông tin về khách hàng đang chọn theo từng thẻ: chi tiết, liên hệ, lượt thăm, giá, báo giá và vấn đề.</translation>
    </message>
    <message>
        <source>What needs you now: visits and issues overdue, quotes about to expire, rebates late. Double-click one to open it; Today on the top bar brings today forward.</source>
        <translation>Những việc cần bạn ngay: lượt thăm và vấn đề quá hạn, báo giá sắp hết hạn, chiết khấu trễ. Nhấp đúp để mở; nút Hôm nay trên thanh trên cùng đưa bạn về hôm nay.</translation>
    </message>
    <message>
        <source>Your visits by week or month; drag one to move it. Plan visits… suggests who is due and books the week.</source>
        <translation>Các lượt thăm theo tuần hoặc tháng; kéo để dời. Lập kế hoạch thăm… gợi ý ai đến hạn và xếp lịch cả tuần.</translation>
    </message>
    <message>
        <source>Who decides at the chosen account and who reports to whom; its Territory tab shows your accounts on a map.</source>
        <translation>Ai quyết định ở khách hàng đang chọn và ai báo cáo cho ai; thẻ Địa bàn hiển thị khách hàng trên bản đồ.</translation>
    </message>
    <message>
        <source>Quotes priced from the account&apos;s policies and rebates, saved as a draft as you type and printed as PDF.</source>
        <translation>Báo giá tính theo chính sách giá và chiết khấu của khách hàng, tự lưu nháp khi bạn gõ và in ra PDF.</translation>
    </message>
    <message>
        <source>The register of price policies and rebate agreements, from draft to approved, with their signed scans.</source>
        <translation>Sổ đăng ký chính sách giá và thỏa thuận chiết khấu, từ bản nháp đến khi được duyệt, kèm bản quét có chữ ký.</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Tìm mọi thứ</translation>
    </message>
    <message>
        <source>Accounts, contacts, visits, quotes and issues by any word, from anywhere in the window. + New beside it adds any of them.</source>
        <translation>Tìm khách hàng, liên hệ, lượt thăm, báo giá và vấn đề theo bất kỳ từ nào, từ mọi nơi trong cửa sổ. Nút + Mới bên cạnh thêm bất kỳ mục nào.</translation>
    </message>
</context>
<context>
    <name>DockUndo</name>
    <message>
        <source>Undone: %1</source>
        <translation>Đã hoàn tác: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Đã làm lại: %1</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>&amp;Encrypt database…</source>
        <translation>Mã &amp;hóa cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Decrypt database…</source>
        <translation>Giải mã cơ sở &amp;dữ liệu…</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (đã mã hóa)</translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation>Mã hóa cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Encrypt %1? Its key is kept in this computer&apos;s keyring, and you get a recovery key to store safely. The database is closed while it is copied and opened again afterwards.</source>
        <translation>Mã hóa %1? Khóa được giữ trong kho khóa (keyring) của máy tính này, và bạn nhận một khóa khôi phục để cất giữ an toàn. Cơ sở dữ liệu được đóng trong khi sao chép và mở lại sau đó.</translation>
    </message>
    <message>
        <source>Protect the new database</source>
        <translation>Bảo vệ cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Encrypt %1? Recommended on a laptop: nobody can read the file without this Windows account&apos;s keyring or the recovery key you will be shown next.</source>
        <translation>Mã hóa %1? Nên dùng trên máy tính xách tay: không ai đọc được tệp nếu không có kho khóa của tài khoản Windows này hoặc khóa khôi phục sẽ hiển thị ở bước tiếp theo.</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Đang mã hóa…</translation>
    </message>
    <message>
        <source>Decrypt database</source>
        <translation>Giải mã cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Decrypt %1? Afterwards anyone who can read the file, or a copy of it, can read its data.</source>
        <translation>Giải mã %1? Sau đó, bất kỳ ai đọc được tệp hoặc bản sao của tệp đều đọc được dữ liệu.</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Đang giải mã…</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Mã hóa</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Import accounts</source>
        <translation>Nhập khách hàng</translation>
    </message>
    <message>
        <source>No database is open. Create a new database for the accounts in %1, or open an existing one, and the import follows.</source>
        <translation>Chưa mở cơ sở dữ liệu nào. Hãy tạo cơ sở dữ liệu mới cho các khách hàng trong %1, hoặc mở một cơ sở dữ liệu có sẵn, rồi việc nhập sẽ tiếp tục.</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Mở cơ sở dữ liệu có sẵn…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Mọi phạm vi</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Cho: %1</translation>
    </message>
    <message>
        <source>Ending: any time</source>
        <translation>Kết thúc: bất kỳ lúc nào</translation>
    </message>
    <message>
        <source>Ending within </source>
        <translation>Kết thúc trong vòng </translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Only what ends between today and today + N days (0: any end date)</source>
        <translation>Chỉ các mục kết thúc từ hôm nay đến hôm nay + N ngày (0: mọi ngày kết thúc)</translation>
    </message>
    <message>
        <source>Entered late only</source>
        <translation>Chỉ mục nhập trễ</translation>
    </message>
</context>
<context>
    <name>FormDraft</name>
    <message>
        <source>Changed by someone else meanwhile: &apos;%1&apos;; your text is kept here.</source>
        <translation>Trong lúc đó người khác đã đổi thành: &apos;%1&apos;; nội dung bạn nhập vẫn được giữ ở đây.</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>đã đánh dấu</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>chưa đánh dấu</translation>
    </message>
</context>
<context>
    <name>GlobalHitsModel</name>
    <message numerus="yes">
        <source>%1 — %Ln found</source>
        <translation>
            <numerusform>%1 — tìm thấy %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tất cả kết quả</translation>
    </message>
    <message>
        <source>Back to the first hits of every kind (Esc)</source>
        <translation>Quay lại những kết quả đầu của mọi loại (Esc)</translation>
    </message>
    <message>
        <source>Show all…</source>
        <translation>Hiện tất cả…</translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln</source>
        <translation>
            <numerusform>Hiện tất cả %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hit of this kind, in a list that reads more as you scroll</source>
        <translation>Mọi kết quả loại này, trong danh sách tải thêm khi bạn cuộn</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBar</name>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Search accounts, contacts, quotes… (%1)</source>
        <translation>Tìm khách hàng, người liên hệ, báo giá… (%1)</translation>
    </message>
    <message>
        <source>Accounts, contacts, quotes, issues and checklists, by any part of a name or number; accents and case do not matter</source>
        <translation>Khách hàng, người liên hệ, báo giá, vấn đề và danh sách xác nhận, theo bất kỳ phần nào của tên hoặc số; không phân biệt dấu và chữ hoa</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Today in the calendar, and today&apos;s alerts</source>
        <translation>Lịch về hôm nay, và các cảnh báo hôm nay</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>&amp;Tìm kiếm tất cả</translation>
    </message>
    <message>
        <source>Search needs a database with accounts: open one, or start below.</source>
        <translation>Tìm kiếm cần một cơ sở dữ liệu có khách hàng: hãy mở một cơ sở dữ liệu, hoặc bắt đầu bên dưới.</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>Không tìm thấy kết quả cho “%1”.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>accounts</source>
        <translation>khách hàng</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>người liên hệ</translation>
    </message>
    <message>
        <source>sales figures</source>
        <translation>số liệu bán hàng</translation>
    </message>
    <message>
        <source>Import %1 from %2</source>
        <translation>Nhập %1 từ %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) · %1</source>
        <translation>
            <numerusform>%Ln dòng · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>(refuse the row)</source>
        <translation>(từ chối dòng)</translation>
    </message>
    <message>
        <source>Kind when the file gives none</source>
        <translation>Loại khi tệp không ghi</translation>
    </message>
    <message>
        <source>Figures replaced in the file&apos;s months</source>
        <translation>Số liệu được thay thế trong các tháng của tệp</translation>
    </message>
    <message>
        <source>Column names in row</source>
        <translation>Tên cột ở hàng</translation>
    </message>
    <message>
        <source>The row of the file that holds the column names. Rows above it (a title, group names over merged cells) are not imported.</source>
        <translation>Hàng của tệp chứa tên cột. Các hàng phía trên (tiêu đề, tên nhóm trên các ô gộp) không được nhập.</translation>
    </message>
    <message>
        <source>The column names are read from row %1, the row with these headers.</source>
        <translation>Tên cột được đọc từ dòng %1, dòng có các tiêu đề này.</translation>
    </message>
    <message>
        <source>Choose the column that holds “%1”: it is required.</source>
        <translation>Hãy chọn cột chứa “%1”: mục này là bắt buộc.</translation>
    </message>
    <message>
        <source>If line %1 does not hold the column names, choose the row that does under “Column names in row”.</source>
        <translation>Nếu dòng %1 không chứa tên cột, hãy chọn hàng chứa chúng ở “Tên cột ở hàng”.</translation>
    </message>
    <message>
        <source>For the rows that name no measure, choose one under “Measure when the file gives none”, then import again.</source>
        <translation>Với các dòng không ghi chỉ tiêu, hãy chọn một chỉ tiêu ở mục “Chỉ tiêu khi tệp không ghi rõ”, rồi nhập lại.</translation>
    </message>
    <message>
        <source>1 account code of this file is not in the database yet: import that account first (File → Import accounts…), then this file again.</source>
        <translation>1 mã khách hàng trong tệp này chưa có trong cơ sở dữ liệu: hãy nhập khách hàng đó trước (Tệp → Nhập khách hàng…), rồi nhập lại tệp này.</translation>
    </message>
    <message>
        <source>%1 account codes of this file are not in the database yet: import those accounts first (File → Import accounts…), then this file again.</source>
        <translation>%1 mã khách hàng trong tệp này chưa có trong cơ sở dữ liệu: hãy nhập các khách hàng đó trước (Tệp → Nhập khách hàng…), rồi nhập lại tệp này.</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>Nhập hàng</translation>
    </message>
    <message>
        <source>Branch-warehouse outbound</source>
        <translation>Xuất kho chi nhánh</translation>
    </message>
    <message>
        <source>Terminal sell-out</source>
        <translation>Bán ra tại điểm bán</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Tồn kho hiện có</translation>
    </message>
    <message>
        <source>Words in the measure column</source>
        <translation>Các từ trong cột chỉ tiêu</translation>
    </message>
    <message>
        <source>(not a measure: refuse its rows)</source>
        <translation>(không phải chỉ tiêu: từ chối các dòng này)</translation>
    </message>
    <message>
        <source>Measure when the file gives none</source>
        <translation>Chỉ tiêu khi tệp không ghi rõ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Columns chosen as for your last import of a file with these headers (%1). Check them before importing.</source>
        <translation>Các cột được chọn như lần nhập gần nhất một tệp có cùng tiêu đề cột (%1). Hãy kiểm tra trước khi nhập.</translation>
    </message>
    <message>
        <source>Checking and importing…</source>
        <translation>Đang kiểm tra và nhập…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Đã hủy nhập. Không có dữ liệu nào được ghi.</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected problem (%1). Nothing was written.</source>
        <translation>Quá trình nhập dừng do sự cố không mong muốn (%1). Không có dữ liệu nào được ghi.</translation>
    </message>
    <message>
        <source>Only the accounts and measures in the file</source>
        <translation>Chỉ các khách hàng và chỉ tiêu có trong tệp</translation>
    </message>
    <message>
        <source>Every account of the file&apos;s territories</source>
        <translation>Mọi khách hàng thuộc các khu vực của tệp</translation>
    </message>
    <message>
        <source>Every account</source>
        <translation>Mọi khách hàng</translation>
    </message>
    <message>
        <source>The file replaces the figures of the months it holds. By default only those of its own accounts, for the measures it has for each. When a corrected file moves figures from one account to another, choose the accounts of its territories or every account, so the wrong figures go too.</source>
        <translation>Tệp thay thế số liệu của các tháng mà tệp có. Mặc định chỉ thay số liệu của chính các khách hàng trong tệp, theo các chỉ tiêu tệp có cho từng khách hàng. Khi một tệp đã sửa chuyển số liệu từ khách hàng này sang khách hàng khác, hãy chọn các khách hàng thuộc khu vực của tệp hoặc mọi khách hàng, để số liệu sai cũng bị xóa.</translation>
    </message>
    <message>
        <source>The dates are right: import the rows of each of these months (%1)</source>
        <translation>Các ngày đều đúng: nhập các dòng của từng tháng sau (%1)</translation>
    </message>
    <message>
        <source>“%1” looks like a quantity, not an amount: its numbers would be booked as money. Choose the amount column above, or tick the box if “%1” does hold the amounts.</source>
        <translation>“%1” có vẻ là số lượng, không phải số tiền: các con số sẽ bị ghi thành tiền. Hãy chọn cột số tiền ở trên, hoặc đánh dấu ô bên dưới nếu “%1” đúng là số tiền.</translation>
    </message>
    <message>
        <source>On every row “%1” holds the same number as the quantity. Choose the amount column above, or tick the box if “%1” does hold the amounts.</source>
        <translation>Ở mọi dòng, “%1” có cùng con số với số lượng. Hãy chọn cột số tiền ở trên, hoặc đánh dấu ô bên dưới nếu “%1” đúng là số tiền.</translation>
    </message>
    <message>
        <source>“%1” holds the amounts (money)</source>
        <translation>“%1” đúng là số tiền</translation>
    </message>
    <message>
        <source>If “%1” holds the quantities, choose it under “%2” and import again. If the file has no quantities, tick the box below the problems and import again.</source>
        <translation>Nếu “%1” là số lượng, hãy chọn nó ở “%2” rồi nhập lại. Nếu tệp không có số lượng, hãy đánh dấu ô bên dưới danh sách vấn đề rồi nhập lại.</translation>
    </message>
    <message>
        <source>If a column holds the quantities, choose it under “%2” and import again. If the file has no quantities, tick the box below the problems and import again.</source>
        <translation>Nếu có cột chứa số lượng, hãy chọn nó ở “%2” rồi nhập lại. Nếu tệp không có số lượng, hãy đánh dấu ô bên dưới danh sách vấn đề rồi nhập lại.</translation>
    </message>
    <message>
        <source>Correct a mistyped date in the file and import it again. If the dates are right, tick the box below the problems and import again.</source>
        <translation>Hãy sửa ngày bị gõ sai trong tệp rồi nhập lại. Nếu các ngày đều đúng, hãy đánh dấu ô bên dưới danh sách vấn đề rồi nhập lại.</translation>
    </message>
    <message>
        <source>If “%1” holds quantities, choose it under “%2” and the amount column under “%3”. If it does hold the amounts, tick the box below “%3” and import again.</source>
        <translation>Nếu “%1” là số lượng, hãy chọn nó ở “%2” và chọn cột số tiền ở “%3”. Nếu cột đó đúng là số tiền, hãy đánh dấu ô bên dưới “%3” rồi nhập lại.</translation>
    </message>
    <message>
        <source>If “%1” holds quantities, choose the amount column under “%3”. If it does hold the amounts, tick the box below “%3” and import again.</source>
        <translation>Nếu “%1” là số lượng, hãy chọn cột số tiền ở “%3”. Nếu cột đó đúng là số tiền, hãy đánh dấu ô bên dưới “%3” rồi nhập lại.</translation>
    </message>
    <message>
        <source>If “%1” holds the amounts, choose it under “%2” and import again. If the file has no amounts, tick the box below the problems and import again.</source>
        <translation>Nếu “%1” là số tiền, hãy chọn nó ở “%2” rồi nhập lại. Nếu tệp không có số tiền, hãy đánh dấu ô bên dưới danh sách vấn đề rồi nhập lại.</translation>
    </message>
    <message>
        <source>The file has no amounts: its figures, and those it replaces, get amount 0</source>
        <translation>Tệp không có số tiền: các số liệu của tệp và các số liệu bị thay thế đều có số tiền 0</translation>
    </message>
    <message>
        <source>The file has no quantities: its figures, and those it replaces, get quantity 0</source>
        <translation>Tệp không có số lượng: các số liệu của tệp và các số liệu bị thay thế đều có số lượng 0</translation>
    </message>
    <message>
        <source>If a column holds the amounts, choose it under “%2” and import again. If the file has no amounts, tick the box below the problems and import again.</source>
        <translation>Nếu có cột chứa số tiền, hãy chọn nó ở “%2” rồi nhập lại. Nếu tệp không có số tiền, hãy đánh dấu ô bên dưới danh sách vấn đề rồi nhập lại.</translation>
    </message>
    <message>
        <source>Choose “%1” under “%2”, then import again.</source>
        <translation>Hãy chọn “%1” ở mục “%2”, rồi nhập lại.</translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation>Đã nhập %1</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (có BOM)</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>UTF-32</source>
        <translation>UTF-32</translation>
    </message>
    <message>
        <source>Chinese (GB18030)</source>
        <translation>Tiếng Trung (GB18030)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Tây Âu (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (Latin-1)</source>
        <translation>Tây Âu (Latin-1)</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>các cột cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>các cột cách nhau bằng dấu chấm phẩy</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>các cột cách nhau bằng phím tab</translation>
    </message>
    <message>
        <source>columns separated by vertical bars</source>
        <translation>các cột cách nhau bằng dấu gạch đứng</translation>
    </message>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Sổ làm việc Excel, trang tính %1</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Sổ làm việc Excel</translation>
    </message>
    <message>
        <source>CSV file, %1 text</source>
        <translation>Tệp CSV, văn bản %1</translation>
    </message>
    <message>
        <source>CSV file, %1 text, %2</source>
        <translation>Tệp CSV, văn bản %1, %2</translation>
    </message>
</context>
<context>
    <name>IssueBulkEditDialog</name>
    <message>
        <source>Bulk edit issues</source>
        <translation>Sửa hàng loạt vấn đề</translation>
    </message>
    <message>
        <source>Change %1 issues. Tick what to set; the rest stays as it is.</source>
        <translation>Thay đổi %1 vấn đề. Đánh dấu những mục cần đặt; phần còn lại giữ nguyên.</translation>
    </message>
    <message>
        <source>Set responsible</source>
        <translation>Đặt người phụ trách</translation>
    </message>
    <message>
        <source>Person or team</source>
        <translation>Người hoặc nhóm</translation>
    </message>
    <message>
        <source>Set deadline</source>
        <translation>Đặt thời hạn</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Đặt trạng thái</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Cách giải quyết</translation>
    </message>
    <message>
        <source>How they were resolved</source>
        <translation>Các vấn đề đã được giải quyết thế nào</translation>
    </message>
</context>
<context>
    <name>IssueChecklistDialog</name>
    <message>
        <source>Written checklist — %1</source>
        <translation>Danh sách xác nhận bằng văn bản — %1</translation>
    </message>
    <message>
        <source>With the issues of the accounts below it</source>
        <translation>Kèm các vấn đề của khách hàng cấp dưới</translation>
    </message>
    <message>
        <source>Also list the open issues of every account below this one (its branches, stores, warehouses); each line names its account and the printed checklist says it covers them</source>
        <translation>Liệt kê cả các vấn đề đang mở của mọi khách hàng cấp dưới (chi nhánh, cửa hàng, kho); mỗi dòng ghi rõ khách hàng và danh sách in ra cũng nêu rõ phạm vi này</translation>
    </message>
    <message>
        <source>Re-issue as the next revision. Issues to list:</source>
        <translation>Lập lại thành bản sửa đổi tiếp theo. Các vấn đề cần liệt kê:</translation>
    </message>
    <message>
        <source>Open issues to list on the checklist:</source>
        <translation>Các vấn đề đang mở cần liệt kê trong danh sách xác nhận:</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>Printed in %1 (the account&apos;s document language).</source>
        <translation>In bằng %1 (ngôn ngữ tài liệu của khách hàng).</translation>
    </message>
    <message>
        <source>My details…</source>
        <translation>Thông tin của tôi…</translation>
    </message>
    <message>
        <source>Issue and seal…</source>
        <translation>Lập và niêm phong…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Mở PDF</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · quá hạn</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>thời hạn %1</translation>
    </message>
    <message>
        <source>Neither this account nor any account below it has open issues to put on a checklist.</source>
        <translation>Khách hàng này và các khách hàng cấp dưới đều không có vấn đề đang mở nào để đưa vào danh sách xác nhận.</translation>
    </message>
    <message>
        <source>This account has no open issues of its own. Tick “With the issues of the accounts below it” to list theirs.</source>
        <translation>Khách hàng này không có vấn đề đang mở nào của riêng mình. Đánh dấu “Kèm các vấn đề của khách hàng cấp dưới” để liệt kê các vấn đề của họ.</translation>
    </message>
    <message>
        <source>This account has no open issues to put on a checklist.</source>
        <translation>Khách hàng này không có vấn đề đang mở nào để đưa vào danh sách xác nhận.</translation>
    </message>
    <message>
        <source>Issued and sealed by %1 (%2)</source>
        <translation>Do %1 (%2) lập và niêm phong</translation>
    </message>
    <message>
        <source>Fill in your name and company first (My details…).</source>
        <translation>Trước tiên, hãy điền tên và công ty của bạn (Thông tin của tôi…).</translation>
    </message>
    <message>
        <source>Tick at least one issue to list.</source>
        <translation>Đánh dấu ít nhất một vấn đề để liệt kê.</translation>
    </message>
    <message>
        <source>Creating your seal key (first time only), then printing and sealing…</source>
        <translation>Đang tạo khóa niêm phong (chỉ lần đầu), sau đó in và niêm phong…</translation>
    </message>
    <message>
        <source>Printing and sealing…</source>
        <translation>Đang in và niêm phong…</translation>
    </message>
    <message>
        <source>%1 still waits for the customer&apos;s stamp and lists some of these issues.</source>
        <translation>%1 vẫn đang chờ khách hàng đóng dấu và có liệt kê một số vấn đề này.</translation>
    </message>
    <message>
        <source>Re-issue it as R%1 (it then replaces %2), or issue a second checklist?</source>
        <translation>Lập lại thành R%1 (thay thế %2), hay lập một danh sách xác nhận thứ hai?</translation>
    </message>
    <message>
        <source>Re-issue as R%1</source>
        <translation>Lập lại thành R%1</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>Danh sách xác nhận mới</translation>
    </message>
    <message>
        <source>%1 is issued and sealed (verification code %2).</source>
        <translation>%1 đã được lập và niêm phong (mã xác minh %2).</translation>
    </message>
    <message>
        <source>It could not be saved to %1: %2. Save it again from the list.</source>
        <translation>Không lưu được vào %1: %2. Hãy lưu lại từ danh sách.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <source>Save the sealed checklist</source>
        <translation>Lưu danh sách xác nhận đã niêm phong</translation>
    </message>
</context>
<context>
    <name>IssueCommands</name>
    <message>
        <source>New issue…</source>
        <translation>Vấn đề mới…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>Sửa hàng loạt…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút lại</translation>
    </message>
    <message>
        <source>Go to account</source>
        <translation>Đến khách hàng</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Search issues</source>
        <translation>Tìm vấn đề</translation>
    </message>
    <message>
        <source>Raise an issue for the current account (Ctrl+N)</source>
        <translation>Ghi nhận vấn đề cho khách hàng hiện tại (Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose an account first: an issue is raised for the current account.</source>
        <translation>Hãy chọn khách hàng trước: vấn đề được ghi nhận cho khách hàng hiện tại.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Select two or more issues to change them together</source>
        <translation>Chọn từ hai vấn đề trở lên để thay đổi cùng lúc</translation>
    </message>
    <message>
        <source>Withdraw issues raised by mistake (Delete)</source>
        <translation>Rút lại các vấn đề ghi nhận nhầm (Delete)</translation>
    </message>
    <message>
        <source>Make the issue&apos;s account the current account</source>
        <translation>Đặt khách hàng của vấn đề làm khách hàng hiện tại</translation>
    </message>
    <message>
        <source>Who changed the issue, when and what (Ctrl+H)</source>
        <translation>Ai đã sửa vấn đề, khi nào và sửa gì (Ctrl+H)</translation>
    </message>
    <message>
        <source>Customer issues</source>
        <translation>Vấn đề khách hàng</translation>
    </message>
    <message>
        <source>raise issue</source>
        <translation>ghi nhận vấn đề</translation>
    </message>
    <message>
        <source>New customer issue</source>
        <translation>Vấn đề khách hàng mới</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <source>Edit issue %1</source>
        <translation>Sửa vấn đề %1</translation>
    </message>
    <message>
        <source>bulk edit %1 issues</source>
        <translation>sửa hàng loạt %1 vấn đề</translation>
    </message>
    <message>
        <source>withdraw %1</source>
        <translation>rút lại %1</translation>
    </message>
</context>
<context>
    <name>IssueFormDialog</name>
    <message>
        <source>Customer issue</source>
        <translation>Vấn đề khách hàng</translation>
    </message>
    <message>
        <source>What the customer reports, in their words</source>
        <translation>Khách hàng phản ánh gì, theo lời của họ</translation>
    </message>
    <message>
        <source>Person or team</source>
        <translation>Người hoặc nhóm</translation>
    </message>
    <message>
        <source>Whose person must resolve it: ours or the customer&apos;s</source>
        <translation>Người của bên nào phải giải quyết: bên ta hay bên khách hàng</translation>
    </message>
    <message>
        <source>(not from a visit)</source>
        <translation>(không từ lượt viếng thăm)</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Ngày ghi nhận</translation>
    </message>
    <message>
        <source>Raised at visit</source>
        <translation>Ghi nhận tại lượt viếng thăm</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Cách giải quyết</translation>
    </message>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>Đã khôi phục nội dung bạn nhập lần trước (chưa lưu).</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Cách đã giải quyết</translation>
    </message>
    <message>
        <source>Needed once the issue is resolved or verified</source>
        <translation>Bắt buộc khi vấn đề đã được giải quyết hoặc xác minh</translation>
    </message>
</context>
<context>
    <name>IssuesDock</name>
    <message>
        <source>No issues match these filters. Choose “All statuses”, clear the search, or raise one for the current account with New issue (Ctrl+N).</source>
        <translation>Không có vấn đề nào khớp với bộ lọc. Chọn “Mọi trạng thái”, xóa nội dung tìm kiếm, hoặc ghi nhận vấn đề cho khách hàng hiện tại bằng Vấn đề mới (Ctrl+N).</translation>
    </message>
    <message>
        <source>Click to show only the issues past their deadline</source>
        <translation>Nhấp để chỉ hiện các vấn đề quá hạn</translation>
    </message>
    <message>
        <source>Open &amp; in progress</source>
        <translation>Chưa xử lý &amp; đang xử lý</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ quá hạn</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Mọi danh mục</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Only the current account and below</source>
        <translation>Chỉ khách hàng hiện tại và cấp dưới</translation>
    </message>
    <message>
        <source>Search number, description, account (Ctrl+F)</source>
        <translation>Tìm số, mô tả, khách hàng (Ctrl+F)</translation>
    </message>
    <message>
        <source>Accents and case do not matter (ha noi finds Hà Nội); every word counts</source>
        <translation>Không phân biệt dấu và chữ hoa (ha noi tìm thấy Hà Nội); mọi từ đều phải có</translation>
    </message>
    <message>
        <source>No issues yet, and no accounts to raise one for: import accounts or add one first (File → Import accounts…, or Ctrl+N in the account tree).</source>
        <translation>Chưa có vấn đề nào, và chưa có khách hàng để ghi nhận: hãy nhập hoặc thêm khách hàng trước (Tệp → Nhập khách hàng…, hoặc Ctrl+N trong cây khách hàng).</translation>
    </message>
    <message>
        <source>No issues yet. Choose an account and press Ctrl+N here (New issue…), or note one in a visit report.</source>
        <translation>Chưa có vấn đề nào. Chọn một khách hàng và nhấn Ctrl+N tại đây (Vấn đề mới…), hoặc ghi lại trong báo cáo thăm.</translation>
    </message>
    <message>
        <source>● %1 past deadline</source>
        <translation>● %1 quá hạn</translation>
    </message>
    <message>
        <source>✓ Nothing past deadline</source>
        <translation>✓ Không có gì quá hạn</translation>
    </message>
</context>
<context>
    <name>IssuesTab</name>
    <message>
        <source>With child accounts</source>
        <translation>Kèm khách hàng con</translation>
    </message>
    <message>
        <source>Also list the issues of every account below this one, each with its account</source>
        <translation>Liệt kê cả vấn đề của mọi khách hàng cấp dưới, mỗi dòng ghi rõ khách hàng</translation>
    </message>
    <message>
        <source>No customer issues recorded here or in its child accounts.</source>
        <translation>Khách hàng này và các khách hàng con chưa có vấn đề nào.</translation>
    </message>
    <message>
        <source>No customer issues recorded.</source>
        <translation>Chưa có vấn đề khách hàng nào.</translation>
    </message>
</context>
<context>
    <name>KeptQuoteEdits</name>
    <message>
        <source>Not saved: typed while the database could not be reached, and changed meanwhile or no longer possible.</source>
        <translation>Chưa lưu: đã nhập khi không kết nối được cơ sở dữ liệu, và trong lúc đó đã bị thay đổi hoặc không còn thực hiện được.</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <translation>Bạn đã nhập: %1</translation>
    </message>
</context>
<context>
    <name>ListPrint</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
</context>
<context>
    <name>LoginActions</name>
    <message>
        <source>Team database password</source>
        <translation>Mật khẩu cơ sở dữ liệu nhóm</translation>
    </message>
    <message>
        <source>Password of %1 (kept in the system keyring):</source>
        <translation>Mật khẩu của %1 (lưu trong kho khóa của hệ thống):</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <source>What is the &amp;price…</source>
        <translation>Tra &amp;giá…</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Báo giá</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Đặt &amp;lại bố cục</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Cô&amp;ng cụ</translation>
    </message>
    <message>
        <source>&amp;Import accounts…</source>
        <translation>&amp;Nhập khách hàng…</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to a quote, typed while the database could not be reached, are not saved yet. Closing now loses them; kept open, they are saved as soon as the database answers.</source>
        <translation>
            <numerusform>%n thay đổi báo giá, nhập khi không kết nối được cơ sở dữ liệu, chưa được lưu. Đóng bây giờ sẽ mất chúng; nếu để cửa sổ mở, chúng sẽ được lưu ngay khi cơ sở dữ liệu phản hồi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to a quote, typed while the database could not be reached, are not saved yet. Opening another database now loses them; staying on this one, they are saved as soon as the database answers.</source>
        <translation>
            <numerusform>%n thay đổi báo giá, nhập khi không kết nối được cơ sở dữ liệu, chưa được lưu. Mở cơ sở dữ liệu khác bây giờ sẽ mất chúng; nếu ở lại cơ sở dữ liệu này, chúng sẽ được lưu ngay khi cơ sở dữ liệu phản hồi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay on this database</source>
        <translation>Ở lại cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>Open and lose them</source>
        <translation>Mở và bỏ các thay đổi</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Giữ cửa sổ mở</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Đóng và bỏ các thay đổi</translation>
    </message>
    <message>
        <source>Import &amp;contacts…</source>
        <translation>Nhập người &amp;liên hệ…</translation>
    </message>
    <message>
        <source>Import &amp;sales…</source>
        <translation>Nhập số liệu &amp;bán hàng…</translation>
    </message>
    <message>
        <source>E&amp;xport accounts…</source>
        <translation>&amp;Xuất khách hàng…</translation>
    </message>
    <message>
        <source>Ex&amp;port contacts…</source>
        <translation>Xuất ngườ&amp;i liên hệ…</translation>
    </message>
    <message>
        <source>Search &amp;bar</source>
        <translation>T&amp;hanh tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;Sales targets…</source>
        <translation>Mục tiêu &amp;bán hàng…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Tour of the docks</source>
        <translation>&amp;Hướng dẫn các khung</translation>
    </message>
    <message>
        <source>&amp;About acct-desktop</source>
        <translation>&amp;Giới thiệu acct-desktop</translation>
    </message>
    <message>
        <source>(no recent databases)</source>
        <translation>(không có cơ sở dữ liệu gần đây)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or use Open database to open it.</source>
        <translation>%1 đã tồn tại. Hãy chọn tên tệp mới, hoặc dùng Mở cơ sở dữ liệu để mở tệp này.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>About acct-desktop</source>
        <translation>Giới thiệu acct-desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;acct-desktop %1&lt;/h3&gt;&lt;p&gt;Accounts, contacts, visits, price policies, rebates, quotes and sealed issue checklists, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;acct-desktop %1&lt;/h3&gt;&lt;p&gt;Khách hàng, người liên hệ, lượt viếng thăm, chính sách giá, chiết khấu, báo giá và danh sách xác nhận vấn đề có niêm phong, hoạt động ngoại tuyến.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>The database answers again; Save what you typed meanwhile.</source>
        <translation>Cơ sở dữ liệu đã kết nối lại; hãy Lưu những gì bạn đã nhập trong lúc đó.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>db: %1 · counting… · team database</source>
        <translation>CSDL: %1 · đang đếm… · cơ sở dữ liệu nhóm</translation>
    </message>
    <message>
        <source>db: %1 · counting… · offline</source>
        <translation>CSDL: %1 · đang đếm… · ngoại tuyến</translation>
    </message>
    <message>
        <source>db: %1 · no counts while the team database is away</source>
        <translation>CSDL: %1 · chưa có số liệu khi cơ sở dữ liệu nhóm không kết nối được</translation>
    </message>
    <message>
        <source>db: %1 · no counts while the database file is away</source>
        <translation>CSDL: %1 · chưa có số liệu khi tệp cơ sở dữ liệu không mở được</translation>
    </message>
    <message>
        <source>db: %1 · %2 accounts · %3 contacts · %4 visits · team database</source>
        <translation>CSDL: %1 · %2 khách hàng · %3 liên hệ · %4 lượt thăm · cơ sở dữ liệu nhóm</translation>
    </message>
    <message>
        <source>db: %1 · %2 accounts · %3 contacts · %4 visits · offline</source>
        <translation>CSDL: %1 · %2 khách hàng · %3 người liên hệ · %4 lượt viếng thăm · ngoại tuyến</translation>
    </message>
    <message>
        <source>last backup %1</source>
        <translation>sao lưu gần nhất %1</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>chưa có bản sao lưu</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>acct-desktop hit an unexpected problem and stopped that action. Your saved data is safe. If it happens again, send the log file to support.</source>
        <translation>acct-desktop gặp sự cố không mong muốn và đã dừng thao tác đó. Dữ liệu đã lưu của bạn vẫn an toàn. Nếu sự cố lặp lại, hãy gửi tệp nhật ký cho bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>M&amp;onthly summary…</source>
        <translation>Báo cáo tổng &amp;kết tháng…</translation>
    </message>
    <message>
        <source>The month against plan, with your commentary, as a PDF for your manager</source>
        <translation>Kết quả tháng so với kế hoạch, kèm nhận xét của bạn, dưới dạng PDF gửi cấp quản lý</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Ngôn ngữ &amp;hệ thống</translation>
    </message>
    <message>
        <source>The language is not switched: the window is built again from the database, and it cannot be reached. Try again once it is back; nothing you typed is lost.</source>
        <translation>Chưa đổi ngôn ngữ: cửa sổ được dựng lại từ cơ sở dữ liệu, mà hiện không kết nối được. Hãy thử lại khi cơ sở dữ liệu trở lại; nội dung bạn nhập không bị mất.</translation>
    </message>
</context>
<context>
    <name>ManagerDetailsDialog</name>
    <message>
        <source>My details</source>
        <translation>Thông tin của tôi</translation>
    </message>
    <message>
        <source>Printed on every checklist and quote you issue, and in your seal certificate when it is made.</source>
        <translation>In trên mọi danh sách xác nhận và báo giá bạn lập, và trong chứng thư niêm phong của bạn khi được tạo.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>MapCounts</name>
    <message numerus="yes">
        <source>Visit overdue by %n day(s)</source>
        <translation>
            <numerusform>Quá hạn viếng thăm %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next visit due in %n day(s)</source>
        <translation>
            <numerusform>Lần viếng thăm tới đến hạn sau %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) past deadline</source>
        <translation>
            <numerusform>%n vấn đề quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) here</source>
        <translation>
            <numerusform>%n khách hàng ở đây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>Đã chọn %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) without latitude and longitude.</source>
        <translation>
            <numerusform>%n khách hàng chưa có vĩ độ và kinh độ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n mục khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlySummaryDialog</name>
    <message>
        <source>Monthly summary</source>
        <translation>Báo cáo tổng kết tháng</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Tất cả khu vực</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Khu vực:</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>&amp;Ngôn ngữ của PDF:</translation>
    </message>
    <message>
        <source>Overview:</source>
        <translation>Tổng quan:</translation>
    </message>
    <message>
        <source>Plan execution:</source>
        <translation>Thực hiện kế hoạch:</translation>
    </message>
    <message>
        <source>Customer issues:</source>
        <translation>Vấn đề của khách hàng:</translation>
    </message>
    <message>
        <source>Next month&apos;s focus:</source>
        <translation>Trọng tâm tháng tới:</translation>
    </message>
    <message>
        <source>Your comment, printed at the top of this section</source>
        <translation>Nhận xét của bạn, in ở đầu mục này</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>Commentary (saved as you type)</source>
        <translation>Nhận xét (tự động lưu khi bạn nhập)</translation>
    </message>
    <message>
        <source>Import the month&apos;s sales figures first (File → Import sales…). Printed anyway, the summary says on its first page that no figures were imported for the month.</source>
        <translation>Hãy nhập số liệu bán hàng của tháng trước (Tệp → Nhập số liệu bán hàng…). Nếu vẫn in, trang đầu của bản tóm tắt sẽ ghi rõ là chưa nhập số liệu nào cho tháng này.</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Vẫn in</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>The summary could not be made: %1</source>
        <translation>Không tạo được báo cáo tổng kết: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
</context>
<context>
    <name>NotPlannedList</name>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n account(s))</source>
        <translation>
            <numerusform>%1 (%n khách hàng)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NothingHere</name>
    <message>
        <source>Nothing is made in %1. Use + New on the top bar, or Ctrl+N in the dock of what you want to add.</source>
        <translation>Không tạo mới gì trong %1. Hãy dùng + Mới trên thanh trên cùng, hoặc Ctrl+N trong ô của mục bạn muốn thêm.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Order confirmation</source>
        <translation>Xác nhận đơn hàng</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <translation>Xác nhận đặt hàng</translation>
    </message>
    <message>
        <source>The customer&apos;s purchase order number</source>
        <translation>Số đơn đặt hàng của khách hàng</translation>
    </message>
    <message>
        <source>The customer accepts a partial or later delivery</source>
        <translation>Khách hàng chấp nhận giao từng phần hoặc giao sau</translation>
    </message>
    <message>
        <source>Customer &amp;reference:</source>
        <translation>Số &amp;tham chiếu của khách hàng:</translation>
    </message>
    <message>
        <source>&amp;Delivery date:</source>
        <translation>Ngày &amp;giao hàng:</translation>
    </message>
    <message>
        <source>The quote is locked once it is confirmed as an order.</source>
        <translation>Báo giá sẽ bị khóa khi đã được xác nhận thành đơn hàng.</translation>
    </message>
    <message>
        <source>Line %1 (%2) can be delivered %3 at the earliest (lead time).</source>
        <translation>Dòng %1 (%2) sớm nhất giao được ngày %3 (thời gian giao hàng).</translation>
    </message>
    <message>
        <source>The delivery date is before some lines can be delivered: choose a later date, or tick that the customer accepts a partial delivery.</source>
        <translation>Ngày giao hàng sớm hơn ngày một số dòng có thể giao: hãy chọn ngày muộn hơn, hoặc đánh dấu khách hàng chấp nhận giao từng phần.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste lines</source>
        <translation>Dán dòng</translation>
    </message>
    <message>
        <source>Add lines</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>One line per product: SKU and quantity, optionally a unit (pack, L or kg) — copied from a spreadsheet (tab-separated), separated by ; or by spaces.</source>
        <translation>Mỗi dòng một sản phẩm: SKU và số lượng, có thể kèm đơn vị (pack, L hoặc kg) — sao chép từ bảng tính (phân tách bằng tab), hoặc phân tách bằng ; hay dấu cách.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Đang in trang %1/%2…</translation>
    </message>
    <message>
        <source>The pages could not be sent to the printer. Check that it is on and ready (or that the file can be written), then try again.</source>
        <translation>Không gửi được các trang tới máy in. Hãy kiểm tra máy in đã bật và sẵn sàng (hoặc tệp có thể ghi được), rồi thử lại.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Chưa in</translation>
    </message>
</context>
<context>
    <name>PlanActualDock</name>
    <message>
        <source>Only behind plan</source>
        <translation>Chỉ mục chậm kế hoạch</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Tìm khách hàng</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Đọc lại số liệu (F5)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Theo</translation>
    </message>
    <message>
        <source>Show them in the tree</source>
        <translation>Hiện chúng trong cây</translation>
    </message>
    <message>
        <source>Open the tree to every account behind plan and choose the furthest behind</source>
        <translation>Mở cây đến mọi khách hàng chậm kế hoạch và chọn khách hàng chậm nhất</translation>
    </message>
    <message>
        <source>Discrepancy form…</source>
        <translation>Phiếu phân tích chênh lệch…</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Mở khách hàng</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
    <message>
        <source>Stock has no targets: it is a level, not a flow.</source>
        <translation>Tồn kho không có mục tiêu: đó là mức tồn, không phải dòng chảy.</translation>
    </message>
    <message>
        <source>No sales figures yet. Import the ERP&apos;s sales (File → Import sales…) and set targets (Sales targets…) to see where you are behind plan.</source>
        <translation>Chưa có số liệu bán hàng. Hãy nhập số liệu bán hàng từ ERP (Tệp → Nhập số liệu bán hàng…) và đặt mục tiêu (Mục tiêu bán hàng…) để xem bạn đang chậm kế hoạch ở đâu.</translation>
    </message>
    <message>
        <source>%1 of %2 accounts with a target of their own are more than %3 behind plan.</source>
        <translation>%1 trên %2 khách hàng có mục tiêu riêng đang chậm kế hoạch hơn %3.</translation>
    </message>
    <message>
        <source>Behind on the targets summed from the accounts below them: %1 more (“Behind (from below)”).</source>
        <translation>Chậm so với tổng mục tiêu của các khách hàng cấp dưới: thêm %1 (“Chậm (từ cấp dưới)”).</translation>
    </message>
    <message>
        <source>No targets in this period: set them in Sales targets… to compare.</source>
        <translation>Không có mục tiêu trong kỳ này: hãy đặt mục tiêu trong Mục tiêu bán hàng… để so sánh.</translation>
    </message>
    <message>
        <source>%1: no figures for this period yet. Import the ERP&apos;s sales (File → Import sales…) to compare it with plan.</source>
        <translation>%1: chưa có số liệu cho kỳ này. Hãy nhập số liệu bán hàng từ ERP (Tệp → Nhập số liệu bán hàng…) để so sánh với kế hoạch.</translation>
    </message>
    <message>
        <source>The figures reach %1: targets are counted to that day.</source>
        <translation>Số liệu tính đến %1: chỉ tiêu được tính đến ngày đó.</translation>
    </message>
    <message>
        <source>Accounts reporting in other currencies (%1) are in their own currency&apos;s view.</source>
        <translation>Khách hàng báo cáo bằng loại tiền khác (%1) được hiển thị ở chế độ xem theo loại tiền của họ.</translation>
    </message>
    <message>
        <source>No stock counts in this period.</source>
        <translation>Không có số liệu kiểm kê tồn kho trong kỳ này.</translation>
    </message>
    <message>
        <source>Stock on hand at each account&apos;s last count in the period. %1 of %2 accounts counting stock have less than %3 weeks of cover; %4 hold more than %5 days of shipments.</source>
        <translation>Tồn kho hiện có theo lần kiểm kê cuối cùng trong kỳ của mỗi khách hàng. %1 trên %2 khách hàng có kiểm kê tồn kho còn ít hơn %3 tuần tồn kho; %4 khách hàng giữ hàng nhiều hơn %5 ngày xuất kho.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Không đọc được số liệu: %1</translation>
    </message>
    <message>
        <source>Choose a row to see its months and findings.</source>
        <translation>Chọn một dòng để xem các tháng và nhận định.</translation>
    </message>
    <message>
        <source>Nothing past the thresholds.</source>
        <translation>Không có mục nào vượt ngưỡng.</translation>
    </message>
    <message>
        <source>A discrepancy form is about one month: choose Period → Month.</source>
        <translation>Phiếu phân tích chênh lệch áp dụng cho một tháng: hãy chọn Kỳ → Tháng.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan visits</source>
        <translation>Lập kế hoạch viếng thăm</translation>
    </message>
    <message numerus="yes">
        <source>For the %n chosen account(s).</source>
        <translation>
            <numerusform>Cho %n khách hàng đã chọn.</numerusform>
        </translation>
    </message>
    <message>
        <source>For every account (choose some on the map or in the tree to narrow).</source>
        <translation>Cho mọi khách hàng (chọn một số khách hàng trên bản đồ hoặc trong cây để thu hẹp).</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>Đề &amp;xuất</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Chưa lên kế hoạch</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Chấp nhận kế hoạch</translation>
    </message>
    <message>
        <source>Correct the settings marked in red, then propose again.</source>
        <translation>Hãy sửa các thiết lập được đánh dấu màu đỏ rồi đề xuất lại.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Đang lập kế hoạch…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Planning was cancelled; nothing was changed.</source>
        <translation>Đã hủy lập kế hoạch; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The plan could not be made: %1. Nothing was changed; the details are in %2.</source>
        <translation>Không lập được kế hoạch: %1. Không có gì thay đổi; chi tiết nằm trong %2.</translation>
    </message>
    <message numerus="yes">
        <source>Not planned (%n)</source>
        <translation>
            <numerusform>Chưa lên kế hoạch (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to where the day started</source>
        <translation>Quay về nơi xuất phát</translation>
    </message>
    <message>
        <source>official working weekend day</source>
        <translation>ngày cuối tuần làm bù</translation>
    </message>
    <message>
        <source>%1: no new visits</source>
        <translation>%1: không có lượt viếng thăm mới</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n lượt viếng thăm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n mới</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No new visits on: %1</source>
        <translation>Không có lượt viếng thăm mới vào: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new visit(s)</source>
        <translation>
            <numerusform>%n lượt viếng thăm mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) not planned</source>
        <translation>
            <numerusform>%n khách hàng chưa được lên kế hoạch</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2, about %3 km; %4.</source>
        <translation>%1 trong %2, khoảng %3 km; %4.</translation>
    </message>
    <message>
        <source>No accounts are chosen: choose some on the map or in the tree, or plan for every account.</source>
        <translation>Chưa chọn khách hàng nào: hãy chọn trên bản đồ hoặc trong cây, hoặc lập kế hoạch cho mọi khách hàng.</translation>
    </message>
    <message>
        <source>There are no accounts to plan yet: add or import accounts first.</source>
        <translation>Chưa có khách hàng nào để lập kế hoạch: hãy thêm hoặc nhập khách hàng trước.</translation>
    </message>
    <message>
        <source>Nothing new to plan: every account already has a visit in this period.</source>
        <translation>Không có gì mới để lập kế hoạch: mọi khách hàng đều đã có lượt viếng thăm trong giai đoạn này.</translation>
    </message>
    <message numerus="yes">
        <source>None of the accounts is due for a visit in this period (%n account(s) checked). Choose a later period, or have them visited more often (Print &amp; Outlook → Visit cycles…).</source>
        <translation>
            <numerusform>Không khách hàng nào đến hạn viếng thăm trong giai đoạn này (đã xem %n khách hàng). Hãy chọn giai đoạn muộn hơn, hoặc viếng thăm họ thường xuyên hơn (In &amp; Outlook → Chu kỳ viếng thăm…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No new visits could be proposed: on %n day(s) the visits already booked cannot all be kept, and such days take no new ones. Move or cancel the clashing visits (see Why), or choose another period.</source>
        <translation>
            <numerusform>Không đề xuất được lượt viếng thăm mới nào: trong %n ngày, các lượt viếng thăm đã đặt không thể giữ đúng hết, nên những ngày đó không nhận thêm lượt mới. Hãy dời hoặc hủy các lượt viếng thăm bị trùng (xem Lý do), hoặc chọn giai đoạn khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No new visits could be proposed (%n account(s) not planned). Most of those due were left out because of: %1.</source>
        <translation>
            <numerusform>Không đề xuất được lượt viếng thăm mới nào (%n khách hàng chưa được lên kế hoạch). Phần lớn khách hàng đến hạn bị bỏ qua vì: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Besides, on %n day(s) the visits already booked cannot all be kept: move or cancel the clashing visits (see Why).</source>
        <translation>
            <numerusform>Ngoài ra, trong %n ngày các lượt viếng thăm đã đặt không thể giữ hết: hãy dời hoặc hủy các lượt bị trùng (xem Lý do).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSettingsForm</name>
    <message>
        <source>No visits during the lunch break</source>
        <translation>Không viếng thăm trong giờ nghỉ trưa</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Plan visits on official working weekend days</source>
        <translation>Lên lịch thăm vào ngày cuối tuần làm bù theo quy định</translation>
    </message>
    <message>
        <source>A Saturday or Sunday the government made a working day, in exchange for a day off next to a public holiday (调休 in China)</source>
        <translation>Thứ Bảy hoặc Chủ nhật được Nhà nước quy định là ngày làm việc để đổi lấy một ngày nghỉ gần ngày lễ (làm bù; ở Trung Quốc là 调休)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Giờ làm việc:</translation>
    </message>
    <message>
        <source>Lunch break:</source>
        <translation>Nghỉ trưa:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Ngày làm việc:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Xuất phát từ:</translation>
    </message>
    <message>
        <source>Visits per day, at most:</source>
        <translation>Số lượt viếng thăm tối đa mỗi ngày:</translation>
    </message>
    <message>
        <source>Average travel speed:</source>
        <translation>Tốc độ di chuyển trung bình:</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Ngày lễ của:</translation>
    </message>
    <message>
        <source>Days off:</source>
        <translation>Ngày nghỉ:</translation>
    </message>
    <message>
        <source>The first visit</source>
        <translation>Lượt viếng thăm đầu tiên</translation>
    </message>
    <message>
        <source>Home or office</source>
        <translation>Nhà hoặc văn phòng</translation>
    </message>
    <message>
        <source>An account</source>
        <translation>Một khách hàng</translation>
    </message>
    <message>
        <source>Where each working day starts: the first leg and the order count from there</source>
        <translation>Nơi bắt đầu mỗi ngày làm việc: chặng đầu tiên và thứ tự viếng thăm được tính từ đó</translation>
    </message>
    <message>
        <source>Latitude, longitude, as a map gives them: %1</source>
        <translation>Vĩ độ, kinh độ, như bản đồ ghi: %1</translation>
    </message>
    <message>
        <source>Search accounts by name or code</source>
        <translation>Tìm khách hàng theo tên hoặc mã</translation>
    </message>
    <message>
        <source>Return at the end of the day</source>
        <translation>Quay về cuối ngày</translation>
    </message>
    <message>
        <source>Choose the account the day starts from.</source>
        <translation>Hãy chọn khách hàng nơi bắt đầu ngày làm việc.</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Toàn quốc</translation>
    </message>
    <message>
        <source>in this period: %1</source>
        <translation>trong kỳ này: %1</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>không có trong kỳ này</translation>
    </message>
    <message>
        <source>none known for %1</source>
        <translation>chưa có ngày nào cho năm %1</translation>
    </message>
    <message numerus="yes">
        <source>Days off… (%n)</source>
        <translation>
            <numerusform>Ngày nghỉ… (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days off…</source>
        <translation>Ngày nghỉ…</translation>
    </message>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>Kỳ phải kết thúc vào hoặc sau ngày đầu tiên.</translation>
    </message>
</context>
<context>
    <name>PolicyFormDialog</name>
    <message>
        <source>Price policy</source>
        <translation>Chính sách giá</translation>
    </message>
    <message>
        <source>Copy as new…</source>
        <translation>Sao chép thành mới…</translation>
    </message>
    <message>
        <source>given when saved (PP-…)</source>
        <translation>cấp khi lưu (PP-…)</translation>
    </message>
    <message>
        <source>e.g. 华润万家 · engine oil net price 2027</source>
        <translation>ví dụ: 华润万家 · giá net dầu động cơ 2027</translation>
    </message>
    <message>
        <source>(choose a territory)</source>
        <translation>(chọn khu vực)</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tất cả sản phẩm</translation>
    </message>
    <message>
        <source>One category</source>
        <translation>Một danh mục</translation>
    </message>
    <message>
        <source>One product</source>
        <translation>Một sản phẩm</translation>
    </message>
    <message>
        <source>Search SKU or name</source>
        <translation>Tìm SKU hoặc tên</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>không có ngày kết thúc</translation>
    </message>
    <message>
        <source>per pack</source>
        <translation>mỗi kiện</translation>
    </message>
    <message>
        <source>List price with these guard rails</source>
        <translation>Giá niêm yết kèm các ngưỡng kiểm soát này</translation>
    </message>
    <message>
        <source>(choose a policy)</source>
        <translation>(chọn chính sách)</translation>
    </message>
    <message>
        <source>Who and what it is for</source>
        <translation>Áp dụng cho ai và cho sản phẩm nào</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Áp dụng cho</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>Từ số lượng</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Price rule</source>
        <translation>Quy tắc giá</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Giá cố định</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Chiết khấu %</translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation>Bắt đầu từ</translation>
    </message>
    <message>
        <source>Base policy</source>
        <translation>Chính sách cơ sở</translation>
    </message>
    <message>
        <source>Round to multiple of</source>
        <translation>Làm tròn đến bội số của</translation>
    </message>
    <message>
        <source>Then add</source>
        <translation>Sau đó cộng thêm</translation>
    </message>
    <message>
        <source>At least base +</source>
        <translation>Tối thiểu giá cơ sở +</translation>
    </message>
    <message>
        <source>At most base +</source>
        <translation>Tối đa giá cơ sở +</translation>
    </message>
    <message>
        <source>Guard rails (flag a quote, never change its price)</source>
        <translation>Ngưỡng kiểm soát (gắn cờ báo giá, không bao giờ thay đổi giá)</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>Giá sàn</translation>
    </message>
    <message>
        <source>Min. markup % (over cost)</source>
        <translation>Tỷ lệ lợi nhuận trên giá vốn tối thiểu (%)</translation>
    </message>
    <message>
        <source>Max. discount %</source>
        <translation>Chiết khấu tối đa %</translation>
    </message>
    <message>
        <source>Approval above discount %</source>
        <translation>Cần phê duyệt khi chiết khấu trên %</translation>
    </message>
    <message>
        <source>The list price stands; the guard rails below flag quotes.</source>
        <translation>Giữ nguyên giá niêm yết; các ngưỡng kiểm soát bên dưới sẽ gắn cờ báo giá.</translation>
    </message>
    <message>
        <source>Quotes are priced at this fixed price.</source>
        <translation>Báo giá được tính theo giá cố định này.</translation>
    </message>
    <message>
        <source>price = base × (1 − discount %)</source>
        <translation>giá = giá cơ sở × (1 − chiết khấu %)</translation>
    </message>
    <message>
        <source>price = base × (1 − discount %), rounded, plus the surcharge, then kept between base + min and base + max margin</source>
        <translation>giá = giá cơ sở × (1 − chiết khấu %), làm tròn, cộng phụ phí, rồi giữ trong khoảng từ giá cơ sở + biên tối thiểu đến giá cơ sở + biên tối đa</translation>
    </message>
</context>
<context>
    <name>PolicyRegisterDock</name>
    <message>
        <source>Only what applies to the current account</source>
        <translation>Chỉ mục áp dụng cho khách hàng hiện tại</translation>
    </message>
    <message>
        <source>Late when entered over </source>
        <translation>Nhập trễ khi nhập quá </translation>
    </message>
    <message>
        <source> days after signing</source>
        <translation> ngày sau khi ký</translation>
    </message>
    <message>
        <source>The company rule for all agreements (recorded)</source>
        <translation>Quy định của công ty cho mọi thỏa thuận (được ghi lại)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Price policies</source>
        <translation>Chính sách giá</translation>
    </message>
    <message>
        <source>Rebate agreements</source>
        <translation>Thỏa thuận chiết khấu</translation>
    </message>
    <message>
        <source> · %1 late</source>
        <translation> · %1 nhập trễ</translation>
    </message>
    <message>
        <source>price policies</source>
        <translation>chính sách giá</translation>
    </message>
    <message>
        <source>rebate agreements</source>
        <translation>thỏa thuận chiết khấu</translation>
    </message>
    <message>
        <source>for the current account</source>
        <translation>cho khách hàng hiện tại</translation>
    </message>
    <message>
        <source>in the register</source>
        <translation>trong sổ đăng ký</translation>
    </message>
    <message>
        <source>No %1 %2 yet. Enter one with New (Ctrl+N).</source>
        <translation>Chưa có %1 %2. Hãy nhập mới bằng Mới (Ctrl+N).</translation>
    </message>
    <message>
        <source>No %1 %2 match these filters. Widen them to see more.</source>
        <translation>Không có %1 %2 khớp với bộ lọc. Hãy nới rộng bộ lọc để xem thêm.</translation>
    </message>
</context>
<context>
    <name>PriceCheckDialog</name>
    <message>
        <source>Price for %1</source>
        <translation>Giá cho %1</translation>
    </message>
    <message>
        <source>Search SKU or product name</source>
        <translation>Tìm SKU hoặc tên sản phẩm</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Price it</source>
        <translation>Tính giá</translation>
    </message>
    <message>
        <source>Choose a product from the list first.</source>
        <translation>Hãy chọn một sản phẩm trong danh sách trước.</translation>
    </message>
    <message>
        <source>Give a quantity above zero.</source>
        <translation>Nhập số lượng lớn hơn 0.</translation>
    </message>
    <message>
        <source>%1 %2 per %3 · total %4 %2</source>
        <translation>%1 %2 mỗi %3 · tổng %4 %2</translation>
    </message>
    <message>
        <source>by policy %1 %2</source>
        <translation>theo chính sách %1 %2</translation>
    </message>
    <message>
        <source>no policy applies: the list price stands</source>
        <translation>không có chính sách nào áp dụng: giữ nguyên giá niêm yết</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>The current account&apos;s effective prices, quantity breaks and validity</source>
        <translation>Giá hiệu lực, mức giá theo số lượng và thời hạn hiệu lực của khách hàng hiện tại</translation>
    </message>
    <message>
        <source>Print rebate &amp;statement…</source>
        <translation>In bảng đối &amp;chiếu chiết khấu…</translation>
    </message>
    <message>
        <source>Accrual, tiers and distance to the next tier of the account&apos;s agreements</source>
        <translation>Chiết khấu tích lũy, các bậc và khoảng cách đến bậc tiếp theo trong các thỏa thuận của khách hàng</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Bảng giá</translation>
    </message>
    <message>
        <source>There is no active product, so %1 has no price list to print. Import the catalogue first (acct-desktop import products FILE).</source>
        <translation>Không có sản phẩm nào đang kinh doanh, nên %1 không có bảng giá để in. Hãy nhập danh mục sản phẩm trước (acct-desktop import products TỆP).</translation>
    </message>
    <message>
        <source>Pricing the products for %1…</source>
        <translation>Đang tính giá sản phẩm cho %1…</translation>
    </message>
    <message>
        <source>Price list cancelled; nothing was printed or saved.</source>
        <translation>Đã hủy bảng giá; không có gì được in hay lưu.</translation>
    </message>
    <message numerus="yes">
        <source>The price list marks %n price(s) higher than for a smaller quantity:</source>
        <translation>
            <numerusform>Bảng giá đánh dấu %n giá cao hơn giá cho số lượng ít hơn:</numerusform>
        </translation>
    </message>
    <message>
        <source>Bigger quantity, higher price</source>
        <translation>Số lượng lớn hơn, giá cao hơn</translation>
    </message>
    <message>
        <source>%1 has no active rebate agreement, so there is no rebate statement to print.</source>
        <translation>%1 không có thỏa thuận chiết khấu nào đang hiệu lực, nên không có bảng kê chiết khấu để in.</translation>
    </message>
    <message>
        <source>Rebate statement cancelled; nothing was printed or saved.</source>
        <translation>Đã hủy bảng kê chiết khấu; không có gì được in hay lưu.</translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to print.</source>
        <translation>Danh sách trống: không có gì để in.</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>Đang chuẩn bị %1…</translation>
    </message>
    <message>
        <source>Printing cancelled. Nothing was printed.</source>
        <translation>Đã hủy in. Không có gì được in.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Print price &amp;list…</source>
        <translation>In &amp;bảng giá…</translation>
    </message>
    <message>
        <source>Rebate statement</source>
        <translation>Bảng kê chiết khấu</translation>
    </message>
    <message>
        <source>Computing the rebates of %1…</source>
        <translation>Đang tính chiết khấu của %1…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Chưa in</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Price policies</source>
        <translation>Chính sách giá</translation>
    </message>
    <message>
        <source>Rebates</source>
        <translation>Chiết khấu thương mại</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>Có mua</translation>
    </message>
    <message>
        <source>Does not buy</source>
        <translation>Không mua</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Viếng thăm</translation>
    </message>
    <message>
        <source>Policies &amp;&amp; rebates</source>
        <translation>Chính sách &amp;&amp; chiết khấu</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Danh sách xác nhận</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Doanh số</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Khoảng trống</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Đối thủ cạnh tranh</translation>
    </message>
    <message>
        <source>The account you choose in the account tree shows here: its profile, contacts, visits, quotes and issues.</source>
        <translation>Khách hàng bạn chọn trong cây khách hàng sẽ hiện ở đây: hồ sơ, người liên hệ, viếng thăm, báo giá và vấn đề.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Tọa độ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Vấn đề đang mở</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Lần viếng thăm trước</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Chiến lược</translation>
    </message>
    <message>
        <source>Purchasing policy</source>
        <translation>Chính sách mua hàng</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Điều kiện thanh toán</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Hạn mức tín dụng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Lưu hồ sơ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Hoàn nguyên</translation>
    </message>
    <message>
        <source>Your changes are back over the saved version; someone else changed a field you changed too: check the notes, then Save.</source>
        <translation>Các thay đổi của bạn đã được khôi phục trên phiên bản đã lưu; người khác cũng đã đổi một trường bạn đã đổi: hãy xem ghi chú rồi Lưu.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back; Save to keep them.</source>
        <translation>Các thay đổi chưa lưu đã được khôi phục; bấm Lưu để giữ lại.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>The profile of %1 is saved; Ctrl+Z undoes it.</source>
        <translation>Đã lưu hồ sơ của %1; Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <source>No accounts yet</source>
        <translation>Chưa có khách hàng nào</translation>
    </message>
    <message>
        <source>Import a spreadsheet of your accounts, or add one.</source>
        <translation>Hãy nhập bảng tính khách hàng của bạn, hoặc thêm một khách hàng.</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Chưa chọn khách hàng</translation>
    </message>
    <message>
        <source>Pick an account in the account tree.</source>
        <translation>Hãy chọn một khách hàng trong cây khách hàng.</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Hạng %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>đã lưu trữ</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Bring this account back into the tree, with the accounts archived with it.</source>
        <translation>Đưa khách hàng này trở lại cây, cùng các khách hàng được lưu trữ cùng lúc.</translation>
    </message>
    <message>
        <source>%1 is archived; restore it first, then this account.</source>
        <translation>%1 đã được lưu trữ; hãy khôi phục nó trước, rồi đến khách hàng này.</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Cấp cao nhất</translation>
    </message>
</context>
<context>
    <name>ProgressJobs</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho tất &amp;cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không cho t&amp;ất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QuoteBuilderDock</name>
    <message>
        <source>Select an account to see its quotes.</source>
        <translation>Chọn một khách hàng để xem các báo giá.</translation>
    </message>
    <message>
        <source>New quote (Ctrl+N)</source>
        <translation>Báo giá mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Find a quote (Ctrl+F)</source>
        <translation>Tìm báo giá (Ctrl+F)</translation>
    </message>
    <message>
        <source>From template</source>
        <translation>Từ mẫu</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Printing needs your name and company:</source>
        <translation>Cần tên và công ty của bạn để in:</translation>
    </message>
    <message>
        <source>A quote is printed with your name and company as its seller; without them it is not printed. Fill them in under My details (Tools menu).</source>
        <translation>Báo giá được in với tên và công ty của bạn là bên bán; thiếu chúng thì báo giá không được in. Hãy điền trong Thông tin của tôi (menu Công cụ).</translation>
    </message>
    <message>
        <source>My details…</source>
        <translation>Thông tin của tôi…</translation>
    </message>
    <message>
        <source>No quote of this account matches the search. Clear it to see all.</source>
        <translation>Không có báo giá nào của khách hàng này khớp với tìm kiếm. Xóa nội dung tìm kiếm để xem tất cả.</translation>
    </message>
    <message>
        <source>No quotes for this account yet — New quote (Ctrl+N).</source>
        <translation>Khách hàng này chưa có báo giá — Báo giá mới (Ctrl+N).</translation>
    </message>
    <message>
        <source>Quotes cannot be read while the team database is away — they come back when it answers.</source>
        <translation>Không thể đọc báo giá khi cơ sở dữ liệu nhóm không kết nối được — chúng sẽ hiện lại khi cơ sở dữ liệu phản hồi.</translation>
    </message>
    <message>
        <source>Lines outside the price policy need a recorded approval first.</source>
        <translation>Các dòng nằm ngoài chính sách giá cần được ghi nhận phê duyệt trước.</translation>
    </message>
    <message>
        <source>Add a line first: an empty quote has nothing to print.</source>
        <translation>Hãy thêm một dòng trước: báo giá trống không có gì để in.</translation>
    </message>
    <message>
        <source>Choose a quote first, or make one with New quote (Ctrl+N).</source>
        <translation>Hãy chọn một báo giá trước, hoặc tạo mới bằng Báo giá mới (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>QuoteCommands</name>
    <message>
        <source>&amp;New quote</source>
        <translation>&amp;Báo giá mới</translation>
    </message>
    <message>
        <source>&amp;Paste lines…</source>
        <translation>&amp;Dán dòng…</translation>
    </message>
    <message>
        <source>Copy &amp;last quote</source>
        <translation>Sao chép báo giá &amp;trước</translation>
    </message>
    <message>
        <source>&amp;Duplicate line</source>
        <translation>&amp;Nhân bản dòng</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Xó&amp;a dòng</translation>
    </message>
    <message>
        <source>Move line &amp;up</source>
        <translation>Đưa dòng &amp;lên</translation>
    </message>
    <message>
        <source>Move line do&amp;wn</source>
        <translation>Đưa dòng x&amp;uống</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Xem t&amp;rước khi in…</translation>
    </message>
    <message>
        <source>Save &amp;order confirmation…</source>
        <translation>Lưu &amp;xác nhận đơn hàng…</translation>
    </message>
    <message>
        <source>Company and quote &amp;settings…</source>
        <translation>&amp;Cài đặt công ty và báo giá…</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Gửi phê duyệt</translation>
    </message>
    <message>
        <source>Record approval…</source>
        <translation>Ghi nhận phê duyệt…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Không phê duyệt…</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Đánh dấu đã gửi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Rejected…</source>
        <translation>Bị từ chối…</translation>
    </message>
    <message>
        <source>Revise (new revision)</source>
        <translation>Sửa đổi (bản sửa đổi mới)</translation>
    </message>
    <message>
        <source>Order confirmation…</source>
        <translation>Xác nhận đơn hàng…</translation>
    </message>
    <message>
        <source>Reprice from the re&amp;gister</source>
        <translation>Định &amp;giá lại theo sổ đăng ký</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as templ&amp;ate…</source>
        <translation>Lưu t&amp;hành mẫu…</translation>
    </message>
    <message>
        <source>Dis&amp;card draft</source>
        <translation>Hủ&amp;y bản nháp</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Lịch &amp;sử</translation>
    </message>
    <message>
        <source>Sav&amp;e now</source>
        <translation>Lưu ngay (&amp;E)</translation>
    </message>
    <message>
        <source>From &amp;template</source>
        <translation>Từ &amp;mẫu</translation>
    </message>
    <message>
        <source>Open a quote first: History shows who changed it.</source>
        <translation>Hãy mở một báo giá trước: Lịch sử cho biết ai đã sửa nó.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <source>Not done: the team database is not answering. Try again once it is back; nothing you typed is lost.</source>
        <translation>Chưa thực hiện: cơ sở dữ liệu nhóm không phản hồi. Hãy thử lại khi cơ sở dữ liệu trở lại; nội dung bạn nhập không bị mất.</translation>
    </message>
    <message>
        <source>Not done: the database cannot be reached. Try again once it is back; nothing you typed is lost.</source>
        <translation>Chưa thực hiện: không kết nối được cơ sở dữ liệu. Hãy thử lại khi cơ sở dữ liệu trở lại; nội dung bạn nhập không bị mất.</translation>
    </message>
    <message>
        <source>Not done: what you typed while the database could not be reached is not saved yet. It is saved as soon as the database answers; try again then.</source>
        <translation>Chưa thực hiện: nội dung bạn nhập khi không kết nối được cơ sở dữ liệu chưa được lưu. Nội dung sẽ được lưu ngay khi cơ sở dữ liệu phản hồi; khi đó hãy thử lại.</translation>
    </message>
    <message>
        <source>Theirs: “%1”. Your text is kept here: press Enter to save it over theirs.</source>
        <translation>Nội dung của họ: “%1”. Nội dung bạn nhập được giữ ở đây: nhấn Enter để lưu đè lên nội dung của họ.</translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <translation>Bạn đã nhập: %1</translation>
    </message>
    <message>
        <source>Choose an account first: a quote is for one account.</source>
        <translation>Hãy chọn khách hàng trước: mỗi báo giá dành cho một khách hàng.</translation>
    </message>
    <message>
        <source>Not applied: the database cannot be reached. Press Enter to apply it once it is back.</source>
        <translation>Chưa áp dụng: không kết nối được cơ sở dữ liệu. Nhấn Enter để áp dụng khi kết nối lại.</translation>
    </message>
    <message numerus="yes">
        <source>In %1, %n line(s) lose the price their policy gives in %2:</source>
        <translation>
            <numerusform>Khi đổi sang %1, %n dòng mất giá mà chính sách của chúng đưa ra bằng %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the currency anyway? (Undo puts the prices back.)</source>
        <translation>Vẫn đổi tiền tệ? (Hoàn tác sẽ khôi phục lại giá.)</translation>
    </message>
    <message>
        <source>Change the currency to %1?</source>
        <translation>Đổi tiền tệ sang %1?</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Đổi sang %1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Giữ %1</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>New line (%1)</source>
        <translation>Dòng mới (%1)</translation>
    </message>
    <message>
        <source>Line %1 (%2), %3</source>
        <translation>Dòng %1 (%2), %3</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Sửa dòng</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Nhân bản dòng</translation>
    </message>
    <message>
        <source>Remove lines</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Di chuyển dòng</translation>
    </message>
    <message>
        <source>Reprice</source>
        <translation>Định giá lại</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>Dán dòng</translation>
    </message>
    <message>
        <source>This account has no earlier quote with lines to copy.</source>
        <translation>Khách hàng này chưa có báo giá trước nào có dòng để sao chép.</translation>
    </message>
    <message>
        <source>Copy last quote</source>
        <translation>Sao chép báo giá trước</translation>
    </message>
    <message>
        <source>The database is not answering — try again once it is back</source>
        <translation>Cơ sở dữ liệu không phản hồi — hãy thử lại khi nó trở lại</translation>
    </message>
    <message>
        <source>No templates yet — Save as template…</source>
        <translation>Chưa có mẫu — Lưu thành mẫu…</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>Thêm mẫu</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Lưu thành mẫu</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>%1 is not saved yet: see the problem under the field.</source>
        <translation>%1 chưa được lưu: xem lỗi bên dưới trường.</translation>
    </message>
    <message>
        <source>Discard draft %1</source>
        <translation>Hủy bản nháp %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Không phê duyệt</translation>
    </message>
    <message>
        <source>Rejected by the customer</source>
        <translation>Bị khách hàng từ chối</translation>
    </message>
    <message>
        <source>Why did the customer say no? (price, timing, competitor…)</source>
        <translation>Vì sao khách hàng từ chối? (giá, thời điểm, đối thủ…)</translation>
    </message>
    <message>
        <source>Not printed: a quote or order confirmation carries your name and company as its seller. Fill them in under My details first.</source>
        <translation>Chưa in: báo giá và xác nhận đơn hàng ghi tên và công ty của bạn là bên bán. Trước tiên, hãy điền trong Thông tin của tôi.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Add a product: SKU, name or category…</source>
        <translation>Thêm sản phẩm: SKU, tên hoặc danh mục…</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Thêm dòng</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Show or fold the quote&apos;s contact, dates and terms</source>
        <translation>Hiện hoặc thu gọn người liên hệ, ngày tháng và điều khoản của báo giá</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Delivery wanted</source>
        <translation>Ngày giao mong muốn</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Thuế %</translation>
    </message>
    <message>
        <source>Quote disc. %</source>
        <translation>CK báo giá %</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Điều kiện giao hàng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>hiệu lực đến %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <source>Choose a product from the list first.</source>
        <translation>Hãy chọn một sản phẩm trong danh sách trước.</translation>
    </message>
    <message>
        <source>Restored what you typed (not applied yet): press Enter to apply it.</source>
        <translation>Đã khôi phục nội dung bạn nhập (chưa áp dụng): nhấn Enter để áp dụng.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Dòng %1 (%2): %3</translation>
    </message>
    <message>
        <source>No quote open</source>
        <translation>Chưa mở báo giá</translation>
    </message>
    <message>
        <source>Choose a quote on the left, or start one with New quote (Ctrl+N).</source>
        <translation>Chọn một báo giá bên trái, hoặc tạo mới bằng Báo giá mới (Ctrl+N).</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Tạm tính %1</translation>
    </message>
    <message>
        <source>discount −%1</source>
        <translation>chiết khấu −%1</translation>
    </message>
    <message>
        <source>Cost %1 · gross profit %2 (markup %3)</source>
        <translation>Giá vốn %1 · lợi nhuận gộp %2 (tỷ lệ LN/giá vốn %3)</translation>
    </message>
    <message numerus="yes">
        <source>● %n change(s) not saved yet: the database cannot be reached. They are saved as soon as it answers, and the totals worked out again.</source>
        <translation>
            <numerusform>● %n thay đổi chưa được lưu: không kết nối được cơ sở dữ liệu. Chúng sẽ được lưu ngay khi cơ sở dữ liệu phản hồi, và tổng tiền được tính lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Rejected by the customer: %1</source>
        <translation>✗ Bị khách hàng từ chối: %1</translation>
    </message>
    <message>
        <source>✗ Rejected by the customer (no reason recorded).</source>
        <translation>✗ Bị khách hàng từ chối (không ghi lý do).</translation>
    </message>
    <message>
        <source>✗ Expired: not accepted by %1.</source>
        <translation>✗ Hết hạn: không được chấp nhận trước %1.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>— no contact —</source>
        <translation>— không có người liên hệ —</translation>
    </message>
    <message>
        <source>Make the quote valid only while every price on it is given by its policy.</source>
        <translation>Chỉ để báo giá có hiệu lực trong thời gian mọi giá trên đó còn được chính sách áp dụng.</translation>
    </message>
    <message>
        <source>Replaced by R%1</source>
        <translation>Đã được thay thế bởi R%1</translation>
    </message>
    <message>
        <source>Only you see cost, gross profit and markup; they are never printed.</source>
        <translation>Chỉ bạn thấy giá vốn, lợi nhuận gộp và tỷ lệ lợi nhuận trên giá vốn; chúng không bao giờ được in.</translation>
    </message>
    <message>
        <source>tax %1</source>
        <translation>thuế %1</translation>
    </message>
    <message>
        <source>quote discount %1</source>
        <translation>chiết khấu báo giá %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Hiệu lực đến %1</translation>
    </message>
    <message>
        <source>Replaced by revision R%1 — read only.</source>
        <translation>Đã được thay bằng bản sửa đổi R%1 — chỉ đọc.</translation>
    </message>
    <message>
        <source>✓ Ordered: %1 of %2.</source>
        <translation>✓ Đã đặt hàng: %1 trên %2.</translation>
    </message>
    <message>
        <source>Add lines: search a product above, or paste SKU and quantity pairs (Ctrl+Shift+V).</source>
        <translation>Thêm dòng: tìm sản phẩm ở trên, hoặc dán các cặp SKU và số lượng (Ctrl+Shift+V).</translation>
    </message>
    <message numerus="yes">
        <source>● %n line(s) outside the price policy: an approval must be recorded before sending.</source>
        <translation>
            <numerusform>● %n dòng nằm ngoài chính sách giá: cần ghi nhận phê duyệt trước khi gửi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● %n line(s) priced by a policy that ends %1, before the quote&apos;s validity ends (%2).</source>
        <translation>
            <numerusform>● %n dòng được định giá theo chính sách hết hạn ngày %1, trước khi báo giá hết hiệu lực (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Approved by %1: %2</source>
        <translation>✓ Đã được %1 phê duyệt: %2</translation>
    </message>
    <message>
        <source>✓ Within policy — ready to send.</source>
        <translation>✓ Trong chính sách — sẵn sàng gửi.</translation>
    </message>
    <message numerus="yes">
        <source>● Sent — expires %1 (%n day(s) left): follow up.</source>
        <translation>
            <numerusform>● Đã gửi — hết hạn %1 (còn %n ngày): hãy theo dõi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent — awaiting the customer&apos;s answer until %1.</source>
        <translation>Đã gửi — chờ khách hàng trả lời đến %1.</translation>
    </message>
</context>
<context>
    <name>QuoteListKeys</name>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Find a quote</source>
        <translation>Tìm báo giá</translation>
    </message>
</context>
<context>
    <name>QuoteSettingsDialog</name>
    <message>
        <source>Company and quote settings</source>
        <translation>Cài đặt công ty và báo giá</translation>
    </message>
    <message>
        <source>Choose logo (PNG)…</source>
        <translation>Chọn biểu trưng (PNG)…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Không có biểu trưng</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Country code and rate in %, e.g. NL 21, VN 10, CN 13</source>
        <translation>Mã quốc gia và thuế suất theo %, ví dụ: NL 21, VN 10, CN 13</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Tên công ty:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Đ&amp;iện thoại:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>&amp;Mã số thuế:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Biểu trưng:</translation>
    </message>
    <message>
        <source>Quotes are &amp;valid for:</source>
        <translation>&amp;Hiệu lực báo giá:</translation>
    </message>
    <message>
        <source>Ta&amp;x rates:</source>
        <translation>Thuế &amp;suất:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Biểu trưng</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Write each rate as a country code and a number: NL 21.</source>
        <translation>Ghi mỗi thuế suất gồm mã quốc gia và một số: NL 21.</translation>
    </message>
</context>
<context>
    <name>RebateFormDialog</name>
    <message>
        <source>Rebate agreement</source>
        <translation>Thỏa thuận chiết khấu</translation>
    </message>
    <message>
        <source>given when saved (R-%1-…)</source>
        <translation>cấp khi lưu (R-%1-…)</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tất cả sản phẩm</translation>
    </message>
    <message>
        <source>who signed for the customer</source>
        <translation>người ký thay mặt khách hàng</translation>
    </message>
    <message>
        <source>Set by the register when the agreement is entered</source>
        <translation>Do sổ đăng ký đặt khi thỏa thuận được nhập</translation>
    </message>
    <message>
        <source>The volume growth is measured against, as the contract states it; left empty, last year&apos;s sales over the same period</source>
        <translation>Mức doanh số làm cơ sở tính tăng trưởng theo hợp đồng; để trống thì dùng doanh số cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>Agreement as signed</source>
        <translation>Thỏa thuận như đã ký</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Rebate %</source>
        <translation>Tỷ lệ chiết khấu %</translation>
    </message>
    <message>
        <source>Agreed baseline</source>
        <translation>Mức cơ sở thỏa thuận</translation>
    </message>
    <message>
        <source>Tiers on the growth over the agreed baseline (else last year&apos;s sales); the rate reached applies to all of it.</source>
        <translation>Bậc tính theo mức tăng trưởng vượt mức cơ sở thỏa thuận (nếu không có thì so với cùng kỳ năm trước); tỷ lệ đạt được áp dụng cho toàn bộ mức tăng trưởng.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Ngày nhập</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Bậc</translation>
    </message>
    <message>
        <source>A fixed-% agreement has no tiers: its rate applies to the whole volume.</source>
        <translation>Thỏa thuận % cố định không có bậc: tỷ lệ áp dụng cho toàn bộ doanh số.</translation>
    </message>
    <message>
        <source>The rate of the highest tier reached applies to the whole volume.</source>
        <translation>Tỷ lệ của bậc cao nhất đạt được áp dụng cho toàn bộ doanh số.</translation>
    </message>
    <message>
        <source>Each band earns its own rate on the part of the volume inside it.</source>
        <translation>Mỗi khoảng được tính theo tỷ lệ riêng trên phần doanh số nằm trong khoảng đó.</translation>
    </message>
    <message>
        <source>Choose the account that signed.</source>
        <translation>Chọn khách hàng đã ký.</translation>
    </message>
</context>
<context>
    <name>RebatePreview</name>
    <message>
        <source>Rebate %1 %2</source>
        <translation>Chiết khấu %1 %2</translation>
    </message>
    <message>
        <source>below the first tier</source>
        <translation>chưa đạt bậc đầu tiên</translation>
    </message>
    <message>
        <source>top tier</source>
        <translation>bậc cao nhất</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>type a volume</source>
        <translation>nhập doanh số</translation>
    </message>
    <message>
        <source>agreed baseline</source>
        <translation>mức cơ sở thỏa thuận</translation>
    </message>
    <message>
        <source>The sales of the account, period and products as saved, read when the form opened; the terms are the ones typed now.</source>
        <translation>Doanh số của khách hàng, kỳ và sản phẩm như đã lưu, được đọc khi mở biểu mẫu; điều khoản là những gì đang nhập.</translation>
    </message>
    <message>
        <source>At a volume of</source>
        <translation>Tại doanh số</translation>
    </message>
    <message>
        <source>On sales to date</source>
        <translation>Trên doanh số đến nay</translation>
    </message>
    <message>
        <source>Give the rebate % to see what it earns.</source>
        <translation>Nhập tỷ lệ chiết khấu % để xem số tiền được hưởng.</translation>
    </message>
    <message>
        <source>Add tiers (a threshold and a rate each) to see what they earn.</source>
        <translation>Thêm bậc (mỗi bậc gồm ngưỡng và tỷ lệ) để xem số tiền được hưởng.</translation>
    </message>
    <message>
        <source>Type a volume to see the rebate it earns.</source>
        <translation>Nhập doanh số để xem chiết khấu được hưởng.</translation>
    </message>
    <message>
        <source>Give the agreed baseline to see the growth rebate.</source>
        <translation>Nhập mức cơ sở thỏa thuận để xem chiết khấu tăng trưởng.</translation>
    </message>
    <message>
        <source>%1 of %2 days elapsed</source>
        <translation>Đã qua %1/%2 ngày</translation>
    </message>
    <message>
        <source>sales figures up to %1</source>
        <translation>số liệu doanh số đến ngày %1</translation>
    </message>
    <message>
        <source>no sales figures for this period yet</source>
        <translation>kỳ này chưa có số liệu doanh số</translation>
    </message>
    <message>
        <source>%1 sold → %2 earned; at this pace %3 by period end</source>
        <translation>đã bán %1 → đã đạt %2; với tốc độ này cuối kỳ được %3</translation>
    </message>
    <message>
        <source>%1 still to buy by %2 for the next tier</source>
        <translation>cần nhập thêm %1 đến hết %2 để đạt bậc tiếp theo</translation>
    </message>
    <message>
        <source>Period over: %1 sold → final rebate %2</source>
        <translation>Đã kết thúc kỳ: doanh số %1 → chiết khấu quyết toán %2</translation>
    </message>
    <message>
        <source>Read from the account&apos;s sales once the agreement is saved (its account, period and products).</source>
        <translation>Được đọc từ doanh số của khách hàng sau khi lưu thỏa thuận (theo khách hàng, kỳ và sản phẩm của thỏa thuận).</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>ở mức %1</translation>
    </message>
    <message>
        <source>%1 tier reached</source>
        <translation>đã đạt bậc %1</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>thực tế %1</translation>
    </message>
    <message>
        <source>next tier (%1 from %2 growth): %3 still to buy</source>
        <translation>bậc tiếp theo (%1 từ mức tăng trưởng %2): cần nhập thêm %3</translation>
    </message>
    <message>
        <source>next tier (%1 from %2): %3 still to buy</source>
        <translation>bậc tiếp theo (%1 từ %2): cần nhập thêm %3</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Khóa khôi phục của bạn</translation>
    </message>
    <message>
        <source>The database is encrypted. Store this recovery key somewhere safe, away from this computer: it is the only way to open the database if this computer&apos;s keyring is lost. Anyone who has it and the file can read the data.</source>
        <translation>Cơ sở dữ liệu đã được mã hóa. Hãy cất khóa khôi phục này ở nơi an toàn, tách biệt khỏi máy tính này: đây là cách duy nhất để mở cơ sở dữ liệu nếu mất kho khóa của máy tính này. Bất kỳ ai có khóa này và tệp đều đọc được dữ liệu.</translation>
    </message>
    <message>
        <source>I have stored the recovery key</source>
        <translation>Tôi đã cất giữ khóa khôi phục</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Lưu thành tệp văn bản…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Lưu khóa khôi phục</translation>
    </message>
    <message>
        <source>A file with the recovery key is as good as the key itself: save it on a USB stick or a password manager&apos;s vault, not next to the database.</source>
        <translation>Tệp chứa khóa khôi phục có giá trị như chính khóa đó: hãy lưu vào USB hoặc kho của trình quản lý mật khẩu, không để cạnh cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyEntryDialog</name>
    <message>
        <source>Enter recovery key</source>
        <translation>Nhập khóa khôi phục</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Khóa khôi phục:</translation>
    </message>
</context>
<context>
    <name>RegisterCheckDialog</name>
    <message>
        <source>Check the price-policy register</source>
        <translation>Kiểm tra sổ chính sách giá</translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Đang kiểm tra sổ đăng ký…</translation>
    </message>
    <message>
        <source>Double-click a problem (or press Enter) to open its policy.</source>
        <translation>Nhấp đúp vào một vấn đề (hoặc nhấn Enter) để mở chính sách của nó.</translation>
    </message>
    <message>
        <source>The price-policy register is consistent on %1.</source>
        <translation>Sổ chính sách giá nhất quán vào ngày %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the price-policy register on %1:</source>
        <translation>
            <numerusform>%n vấn đề trong sổ chính sách giá vào ngày %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>New…</source>
        <translation>Mới…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Copy as new…</source>
        <translation>Sao chép thành mới…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Xóa bản nháp…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Phê duyệt…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Chấm dứt…</translation>
    </message>
    <message>
        <source>Attach signed scan…</source>
        <translation>Đính kèm bản quét có chữ ký…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Check register</source>
        <translation>Kiểm tra sổ đăng ký</translation>
    </message>
    <message>
        <source>price policy</source>
        <translation>chính sách giá</translation>
    </message>
    <message>
        <source>rebate agreement</source>
        <translation>thỏa thuận chiết khấu</translation>
    </message>
    <message>
        <source>Enter a new %1 (Ctrl+N)</source>
        <translation>Nhập %1 mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Select a %1 first.</source>
        <translation>Hãy chọn một %1 trước.</translation>
    </message>
    <message>
        <source>Take this draft out of the register (Delete); Edit → Undo brings it back</source>
        <translation>Xóa bản nháp này khỏi sổ đăng ký (Delete); Chỉnh sửa → Hoàn tác sẽ khôi phục lại</translation>
    </message>
    <message>
        <source>Its scan is being attached; a moment, please.</source>
        <translation>Đang đính kèm bản quét; vui lòng chờ một chút.</translation>
    </message>
    <message>
        <source>Keep the scan of the signed agreement; its fingerprint is recorded</source>
        <translation>Lưu bản quét của thỏa thuận đã ký; dấu vân tay của tệp được ghi lại</translation>
    </message>
    <message>
        <source>Find overlaps, policies that never price and bigger orders priced higher</source>
        <translation>Tìm chồng chéo, chính sách không bao giờ định giá và đơn lớn hơn bị định giá cao hơn</translation>
    </message>
    <message>
        <source>Every change of it: who, when, old → new (Ctrl+H)</source>
        <translation>Mọi thay đổi: ai, khi nào, cũ → mới (Ctrl+H)</translation>
    </message>
    <message>
        <source>Enter a new one with the same terms</source>
        <translation>Nhập một bản mới với cùng điều khoản</translation>
    </message>
    <message>
        <source>A %1 is changed directly (Open…); copy active or ended ones.</source>
        <translation>%1 được sửa trực tiếp (Mở…); hãy sao chép các bản đang hiệu lực hoặc đã kết thúc.</translation>
    </message>
    <message>
        <source>Open it to change it (Enter)</source>
        <translation>Mở để sửa (Enter)</translation>
    </message>
    <message>
        <source>Open it read-only (Enter): a %1 record can no longer change</source>
        <translation>Mở ở chế độ chỉ đọc (Enter): bản ghi %1 không thể thay đổi nữa</translation>
    </message>
    <message>
        <source>Send the draft for approval</source>
        <translation>Gửi bản nháp để phê duyệt</translation>
    </message>
    <message>
        <source>Make it active; your name, the time and why are kept</source>
        <translation>Đưa vào hiệu lực; tên bạn, thời gian và lý do được lưu lại</translation>
    </message>
    <message>
        <source>Send it back to draft, saying why</source>
        <translation>Trả về bản nháp, kèm lý do</translation>
    </message>
    <message>
        <source>End it early, saying why; it stays in the register</source>
        <translation>Kết thúc sớm, kèm lý do; vẫn được giữ trong sổ đăng ký</translation>
    </message>
    <message>
        <source>Delete the draft price policy %1?</source>
        <translation>Xóa bản nháp chính sách giá %1?</translation>
    </message>
    <message>
        <source>It was never submitted, so it leaves the register; its code %1 is not given to another policy. Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Bản nháp chưa từng được gửi duyệt nên sẽ được xóa khỏi sổ đăng ký; mã %1 sẽ không được cấp cho chính sách khác. Chỉnh sửa → Hoàn tác (Ctrl+Z) sẽ khôi phục lại.</translation>
    </message>
    <message>
        <source>Delete the draft rebate agreement %1?</source>
        <translation>Xóa bản nháp thỏa thuận chiết khấu %1?</translation>
    </message>
    <message>
        <source>It was never submitted, so it leaves the register; its number %1 is not given to another agreement. Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Bản nháp chưa từng được gửi duyệt nên sẽ được xóa khỏi sổ đăng ký; số %1 sẽ không được cấp cho thỏa thuận khác. Chỉnh sửa → Hoàn tác (Ctrl+Z) sẽ khôi phục lại.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <source>Delete draft %1</source>
        <translation>Xóa bản nháp %1</translation>
    </message>
    <message>
        <source>%1 would become active but never price anything.</source>
        <translation>%1 sẽ có hiệu lực nhưng không bao giờ định giá.</translation>
    </message>
    <message>
        <source>%1 becomes active: from %2 it prices quotes for %3 (%4).</source>
        <translation>%1 có hiệu lực: từ %2, chính sách này định giá báo giá cho %3 (%4).</translation>
    </message>
    <message>
        <source>%1 becomes active: %2&apos;s purchases from %3 to %4 earn this rebate.</source>
        <translation>%1 có hiệu lực: hàng %2 mua từ %3 đến %4 được hưởng chiết khấu này.</translation>
    </message>
    <message>
        <source>You submitted it yourself, so an approval is someone else&apos;s decision: say who approved it. They are recorded as the approver, you as who recorded it, with the time and why.</source>
        <translation>Chính bạn đã gửi nó, nên phê duyệt là quyết định của người khác: hãy cho biết ai đã phê duyệt. Người đó được ghi là người phê duyệt, bạn là người ghi nhận, cùng thời gian và lý do.</translation>
    </message>
    <message>
        <source>You are recorded as the approver, with the time and why.</source>
        <translation>Bạn được ghi nhận là người phê duyệt, kèm thời gian và lý do.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>%1 goes back to draft so that it can be corrected and submitted again; your reason is kept with it.</source>
        <translation>%1 trở về bản nháp để sửa và gửi duyệt lại; lý do của bạn được lưu kèm.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>%1 stops pricing quotes now and stays in the register as terminated.</source>
        <translation>%1 ngừng định giá báo giá ngay bây giờ và được giữ trong sổ đăng ký với trạng thái đã chấm dứt.</translation>
    </message>
    <message>
        <source>%1 ends now and stays in the register as terminated.</source>
        <translation>%1 kết thúc ngay bây giờ và được giữ trong sổ đăng ký với trạng thái đã chấm dứt.</translation>
    </message>
    <message>
        <source>To replace it, enter a new one (Copy as new).</source>
        <translation>Để thay thế, hãy nhập một bản mới (Sao chép thành mới).</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Chấm dứt</translation>
    </message>
    <message>
        <source>Price policies and rebates</source>
        <translation>Chính sách giá và chiết khấu</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation>Đính kèm thỏa thuận đã ký</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>Restored what you typed last time (not saved yet).</source>
        <translation>Đã khôi phục nội dung bạn nhập lần trước (chưa lưu).</translation>
    </message>
</context>
<context>
    <name>RegisterForms</name>
    <message>
        <source>New price policy</source>
        <translation>Chính sách giá mới</translation>
    </message>
    <message>
        <source>New rebate agreement</source>
        <translation>Thỏa thuận chiết khấu mới</translation>
    </message>
    <message>
        <source>New price policy (copy of %1)</source>
        <translation>Chính sách giá mới (bản sao của %1)</translation>
    </message>
    <message>
        <source>New rebate agreement (copy of %1)</source>
        <translation>Thỏa thuận chiết khấu mới (bản sao của %1)</translation>
    </message>
    <message>
        <source>Enter “%1” in the register as a draft? A draft prices nothing until it is approved; until it is submitted you can still delete it (and undo that), once submitted it stays in the register with its history.</source>
        <translation>Ghi “%1” vào sổ dưới dạng bản nháp? Bản nháp không định giá gì cho đến khi được duyệt; trước khi gửi duyệt bạn vẫn có thể xóa (và hoàn tác việc xóa), sau khi gửi nó ở lại trong sổ cùng lịch sử.</translation>
    </message>
    <message>
        <source>Enter this agreement in the register as a draft? Until it is submitted you can still delete it (and undo that); once submitted it stays in the register with its history.</source>
        <translation>Ghi thỏa thuận này vào sổ dưới dạng bản nháp? Trước khi gửi duyệt bạn vẫn có thể xóa (và hoàn tác việc xóa); sau khi gửi nó ở lại trong sổ cùng lịch sử.</translation>
    </message>
    <message>
        <source>It was signed on %1, more than %2 days before it is entered: it will be listed as entered late.</source>
        <translation>Thỏa thuận được ký ngày %1, hơn %2 ngày trước khi nhập: sẽ được liệt kê là nhập trễ.</translation>
    </message>
    <message>
        <source>%1 is waiting for approval: saving a change sends it back to draft, to be submitted again.</source>
        <translation>%1 đang chờ phê duyệt: lưu thay đổi sẽ trả về bản nháp để gửi duyệt lại.</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <source>Price policy %1</source>
        <translation>Chính sách giá %1</translation>
    </message>
    <message>
        <source>Rebate agreement %1</source>
        <translation>Thỏa thuận chiết khấu %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hằng tuần</translation>
    </message>
    <message>
        <source>taken by you</source>
        <translation>do bạn tạo</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>trước khi nâng cấp</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>before a sales import</source>
        <translation>trước khi nhập số liệu bán hàng</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the state to go back to. What is in the database now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Chọn trạng thái muốn quay lại. Dữ liệu hiện có trong cơ sở dữ liệu sẽ được sao lưu trước, nên có thể hoàn tác việc khôi phục bằng cách khôi phục bản sao đó.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Lược đồ</translation>
    </message>
    <message>
        <source>No backups yet — File → Back up now makes one.</source>
        <translation>Chưa có bản sao lưu — dùng Tệp → Sao lưu ngay để tạo.</translation>
    </message>
    <message>
        <source>A backup is taken daily when you open the database; keep</source>
        <translation>Mỗi ngày, khi bạn mở cơ sở dữ liệu, một bản sao lưu được tạo; giữ lại</translation>
    </message>
    <message>
        <source>daily and</source>
        <translation>bản hằng ngày và</translation>
    </message>
    <message>
        <source>weekly.</source>
        <translation>bản hằng tuần.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Tệp khác…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Tệp sao lưu</translation>
    </message>
    <message>
        <source>acct-desktop databases (*.acctdb *.db)</source>
        <translation>Cơ sở dữ liệu acct-desktop (*.acctdb *.db)</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>prefers</source>
        <translation>ưu tiên</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>visiting hours</source>
        <translation>giờ tiếp khách</translation>
    </message>
    <message>
        <source>every</source>
        <translation>mỗi</translation>
    </message>
    <message>
        <source>for</source>
        <translation>trong</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>No sales recorded for this account. Import them with File › Import sales…</source>
        <translation>Chưa có số liệu bán hàng cho khách hàng này. Nhập bằng Tệp › Nhập số liệu bán hàng…</translation>
    </message>
    <message>
        <source>Loading sales…</source>
        <translation>Đang tải doanh số…</translation>
    </message>
</context>
<context>
    <name>SealActions</name>
    <message>
        <source>Issue &amp;checklist…</source>
        <translation>&amp;Lập danh sách xác nhận…</translation>
    </message>
    <message>
        <source>Print and seal a written checklist of the current account&apos;s open issues</source>
        <translation>In và niêm phong danh sách xác nhận bằng văn bản các vấn đề đang mở của khách hàng hiện tại</translation>
    </message>
    <message>
        <source>&amp;Verify document…</source>
        <translation>&amp;Xác minh tài liệu…</translation>
    </message>
    <message>
        <source>&amp;My details…</source>
        <translation>Thông tin của tô&amp;i…</translation>
    </message>
    <message>
        <source>&amp;Export my seal certificate…</source>
        <translation>X&amp;uất chứng thư niêm phong của tôi…</translation>
    </message>
    <message>
        <source>&amp;Trust a certificate…</source>
        <translation>&amp;Tin cậy chứng thư…</translation>
    </message>
    <message>
        <source>&amp;New seal key…</source>
        <translation>Khóa niêm phong &amp;mới…</translation>
    </message>
    <message>
        <source>Replace your seal key, e.g. when it can no longer be unlocked</source>
        <translation>Thay khóa niêm phong của bạn, ví dụ khi không còn mở khóa được</translation>
    </message>
    <message>
        <source>No seal yet</source>
        <translation>Chưa có niêm phong</translation>
    </message>
    <message>
        <source>Your seal key and certificate are made when you issue your first checklist. Issue one, then export the certificate.</source>
        <translation>Khóa niêm phong và chứng thư của bạn được tạo khi bạn lập danh sách xác nhận đầu tiên. Hãy lập một danh sách, sau đó xuất chứng thư.</translation>
    </message>
    <message>
        <source>Export my seal certificate</source>
        <translation>Xuất chứng thư niêm phong của tôi</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Chưa xuất</translation>
    </message>
    <message>
        <source>Certificate exported</source>
        <translation>Đã xuất chứng thư</translation>
    </message>
    <message>
        <source>Give %1 to head office. They can check it is yours by its fingerprint:
%2</source>
        <translation>Hãy gửi %1 cho trụ sở chính. Họ có thể kiểm tra đó là của bạn qua dấu vân tay:
%2</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Tin cậy chứng thư</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <source>Certificate trusted</source>
        <translation>Đã tin cậy chứng thư</translation>
    </message>
    <message>
        <source>Documents sealed by %1 (%2) now verify as intact.
Fingerprint: %3</source>
        <translation>Tài liệu do %1 (%2) niêm phong giờ được xác minh là nguyên vẹn.
Dấu vân tay: %3</translation>
    </message>
    <message>
        <source>New seal key</source>
        <translation>Khóa niêm phong mới</translation>
    </message>
    <message>
        <source>Make a new seal key for %1 (%2)?

Checklists you issue from now on are sealed with the new key, and the old key is deleted. Documents sealed with the old key still verify as intact on this computer: its certificate stays among the trusted ones, and the database keeps every copy it issued.

Whoever checks your seals elsewhere (head office) needs the new certificate: send it with Tools → Export my seal certificate… afterwards.</source>
        <translation>Tạo khóa niêm phong mới cho %1 (%2)?

Từ nay các danh sách xác nhận bạn lập sẽ được niêm phong bằng khóa mới, và khóa cũ bị xóa. Tài liệu niêm phong bằng khóa cũ vẫn được xác minh là nguyên vẹn trên máy tính này: chứng thư của khóa cũ vẫn nằm trong danh sách tin cậy, và cơ sở dữ liệu giữ mọi bản đã lập.

Nơi khác kiểm tra niêm phong của bạn (trụ sở chính) cần chứng thư mới: sau đó hãy gửi bằng Công cụ → Xuất chứng thư niêm phong của tôi….</translation>
    </message>
    <message>
        <source>New seal key made</source>
        <translation>Đã tạo khóa niêm phong mới</translation>
    </message>
    <message>
        <source>Your new seal key is ready. Give head office the new certificate (Tools → Export my seal certificate…); they can check it is yours by its fingerprint:
%1</source>
        <translation>Khóa niêm phong mới đã sẵn sàng. Hãy gửi chứng thư mới cho trụ sở chính (Công cụ → Xuất chứng thư niêm phong của tôi…); họ có thể kiểm tra đó là của bạn qua dấu vân tay:
%1</translation>
    </message>
    <message>
        <source>No new seal key</source>
        <translation>Chưa tạo được khóa niêm phong mới</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze alert</source>
        <translation>Tạm ẩn cảnh báo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Đến:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tạm ẩn</translation>
    </message>
</context>
<context>
    <name>StampedCopyDialog</name>
    <message>
        <source>Stamped copy — %1</source>
        <translation>Bản đã đóng dấu — %1</translation>
    </message>
    <message>
        <source>The scan of the copy %1 stamped (PDF, JPG or PNG, up to %2 MB) and the day on its stamp.</source>
        <translation>Bản quét của bản mà %1 đã đóng dấu (PDF, JPG hoặc PNG, tối đa %2 MB) và ngày ghi trên con dấu.</translation>
    </message>
    <message>
        <source>Choose the scan…</source>
        <translation>Chọn bản quét…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Between the day the checklist was issued (%1) and today.</source>
        <translation>Từ ngày danh sách xác nhận được lập (%1) đến hôm nay.</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Bản quét:</translation>
    </message>
    <message>
        <source>Stamped on:</source>
        <translation>Ngày đóng dấu:</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Đính kèm</translation>
    </message>
    <message>
        <source>The scan of the stamped checklist</source>
        <translation>Bản quét của danh sách xác nhận đã đóng dấu</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Bản quét (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Choose the scan of the stamped copy.</source>
        <translation>Hãy chọn bản quét của bản đã đóng dấu.</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>Đang đính kèm %1…</translation>
    </message>
    <message>
        <source>Replace it with %1? The earlier scan stays in the database; the checklist then shows the new one.</source>
        <translation>Thay bằng %1? Bản quét trước vẫn được giữ trong cơ sở dữ liệu; danh sách xác nhận sẽ hiển thị bản mới.</translation>
    </message>
    <message>
        <source>Attach %1 to %2 all the same?</source>
        <translation>Vẫn đính kèm %1 vào %2?</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>Add a target for %1</source>
        <translation>Thêm mục tiêu cho %1</translation>
    </message>
    <message>
        <source>Find an account or territory…</source>
        <translation>Tìm khách hàng hoặc khu vực…</translation>
    </message>
    <message>
        <source>Account or territory</source>
        <translation>Khách hàng hoặc khu vực</translation>
    </message>
    <message>
        <source>Category (empty: all)</source>
        <translation>Danh mục (để trống: tất cả)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Break down %1 of %2</source>
        <translation>Phân bổ %1 của %2</translation>
    </message>
    <message>
        <source>4 quarter or 12 month weights, e.g. 1; 1; 2; 2</source>
        <translation>Trọng số cho 4 quý hoặc 12 tháng, ví dụ: 1; 1; 2; 2</translation>
    </message>
    <message>
        <source>Year&apos;s target</source>
        <translation>Mục tiêu năm</translation>
    </message>
    <message>
        <source>Break down</source>
        <translation>Phân bổ</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Choose an account or territory.</source>
        <translation>Hãy chọn khách hàng hoặc khu vực.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Sales targets</source>
        <translation>Mục tiêu bán hàng</translation>
    </message>
    <message>
        <source>Filter by account, territory or category (Ctrl+F)</source>
        <translation>Lọc theo khách hàng, khu vực hoặc danh mục (Ctrl+F)</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Tất cả khu vực</translation>
    </message>
    <message>
        <source>How an edited year is broken down into months</source>
        <translation>Cách phân bổ một năm đã sửa vào các tháng</translation>
    </message>
    <message>
        <source>weights, e.g. 1; 1; 2; 2</source>
        <translation>trọng số, ví dụ: 1; 1; 2; 2</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Year edits break down</source>
        <translation>Phân bổ năm đã sửa</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Thêm mục tiêu…</translation>
    </message>
    <message>
        <source>&amp;Break down year…</source>
        <translation>&amp;Phân bổ năm…</translation>
    </message>
    <message>
        <source>&amp;Delete target</source>
        <translation>&amp;Xóa mục tiêu</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>No targets for %1 — Add target… or Import… a spreadsheet.</source>
        <translation>Chưa có mục tiêu cho %1 — dùng Thêm mục tiêu… hoặc Nhập… từ bảng tính.</translation>
    </message>
    <message>
        <source>edit %1 %2</source>
        <translation>sửa %1 %2</translation>
    </message>
    <message>
        <source>Select the target to break down first.</source>
        <translation>Hãy chọn mục tiêu cần phân bổ trước.</translation>
    </message>
    <message>
        <source>set the year of %1</source>
        <translation>đặt mục tiêu năm của %1</translation>
    </message>
    <message>
        <source>Select the target to delete first.</source>
        <translation>Hãy chọn mục tiêu cần xóa trước.</translation>
    </message>
    <message>
        <source>delete the target of %1</source>
        <translation>xóa mục tiêu của %1</translation>
    </message>
    <message>
        <source>Import targets</source>
        <translation>Nhập mục tiêu</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>The import stopped: %1. Nothing was written.</source>
        <translation>Quá trình nhập đã dừng: %1. Không có dữ liệu nào được ghi.</translation>
    </message>
    <message>
        <source>Rename the column “%1” to “%2” in the file (a heading the import reads as the measure), then import it again.</source>
        <translation>Hãy đổi tên cột “%1” thành “%2” trong tệp (tiêu đề mà chức năng nhập hiểu là chỉ tiêu), rồi nhập lại.</translation>
    </message>
</context>
<context>
    <name>TerritoryMap</name>
    <message>
        <source>What the colours of the dots show</source>
        <translation>Ý nghĩa màu của các điểm</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Tô màu theo:</translation>
    </message>
    <message>
        <source>Plan visits for selection…</source>
        <translation>Lập kế hoạch viếng thăm cho vùng chọn…</translation>
    </message>
    <message>
        <source>Plan visits…</source>
        <translation>Lập kế hoạch viếng thăm…</translation>
    </message>
    <message>
        <source>Fit all accounts</source>
        <translation>Vừa khung tất cả khách hàng</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Khoanh vùng</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <source>Lasso: drag around the accounts to select (Ctrl+drag works any time); Shift+drag selects a rectangle</source>
        <translation>Khoanh vùng: kéo quanh các khách hàng để chọn (Ctrl+kéo dùng được bất cứ lúc nào); Shift+kéo để chọn theo hình chữ nhật</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) shown</source>
        <translation>
            <numerusform>Hiển thị %Ln khách hàng</numerusform>
        </translation>
    </message>
    <message>
        <source>No account on the map</source>
        <translation>Không có khách hàng nào trên bản đồ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without coordinates</source>
        <translation>
            <numerusform>%Ln chưa có tọa độ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>Đã chọn %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Visit status</source>
        <translation>Tình trạng viếng thăm</translation>
    </message>
    <message>
        <source>Issues past deadline</source>
        <translation>Vấn đề quá hạn</translation>
    </message>
    <message>
        <source>Tier A</source>
        <translation>Hạng A</translation>
    </message>
    <message>
        <source>Tier B</source>
        <translation>Hạng B</translation>
    </message>
    <message>
        <source>Tier C</source>
        <translation>Hạng C</translation>
    </message>
    <message>
        <source>Visit overdue</source>
        <translation>Quá hạn viếng thăm</translation>
    </message>
    <message>
        <source>Visit due in the next %1 days</source>
        <translation>Đến hạn viếng thăm trong %1 ngày tới</translation>
    </message>
    <message>
        <source>Visit not yet due</source>
        <translation>Chưa đến hạn viếng thăm</translation>
    </message>
    <message>
        <source>Issue past its deadline</source>
        <translation>Có vấn đề quá hạn</translation>
    </message>
    <message>
        <source>No issue past its deadline</source>
        <translation>Không có vấn đề quá hạn</translation>
    </message>
    <message>
        <source>%1°E</source>
        <comment>longitude east of Greenwich</comment>
        <translation>%1°Đ</translation>
    </message>
    <message>
        <source>%1°W</source>
        <comment>longitude west of Greenwich</comment>
        <translation>%1°T</translation>
    </message>
    <message>
        <source>%1°N</source>
        <comment>latitude north of the equator</comment>
        <translation>%1°B</translation>
    </message>
    <message>
        <source>%1°S</source>
        <comment>latitude south of the equator</comment>
        <translation>%1°N</translation>
    </message>
    <message>
        <source>size: sell-in, last 12 months, relative per currency</source>
        <translation>kích thước: nhập hàng 12 tháng qua, so sánh theo từng loại tiền</translation>
    </message>
    <message>
        <source>bubble: accounts close together, ring = their colours</source>
        <translation>bong bóng: các khách hàng ở gần nhau, vòng = màu của chúng</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Hạng %1</translation>
    </message>
    <message>
        <source>Never visited: due today</source>
        <translation>Chưa từng viếng thăm: đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Visit due today</source>
        <translation>Đến hạn viếng thăm hôm nay</translation>
    </message>
    <message>
        <source>Last visit %1</source>
        <translation>Lần viếng thăm gần nhất %1</translation>
    </message>
    <message>
        <source>Sell-in, last 12 months: %1</source>
        <translation>Nhập hàng 12 tháng qua: %1</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Đã chọn</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Nhấp để phóng to</translation>
    </message>
    <message>
        <source>No account has coordinates yet.</source>
        <translation>Chưa có khách hàng nào có tọa độ.</translation>
    </message>
    <message>
        <source>Enter an account&apos;s latitude and longitude (Account ▸ Edit) to see it here.</source>
        <translation>Nhập vĩ độ và kinh độ của khách hàng (Khách hàng ▸ Sửa) để thấy ở đây.</translation>
    </message>
</context>
<context>
    <name>TiersEditor</name>
    <message>
        <source>Add tier</source>
        <translation>Thêm bậc</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Xóa bậc</translation>
    </message>
</context>
<context>
    <name>TiersModel</name>
    <message>
        <source>From volume</source>
        <translation>Từ doanh số</translation>
    </message>
    <message>
        <source>Rebate %</source>
        <translation>Tỷ lệ chiết khấu %</translation>
    </message>
    <message>
        <source>From growth</source>
        <translation>Từ mức tăng trưởng</translation>
    </message>
    <message>
        <source>Give the threshold and the rate.</source>
        <translation>Nhập ngưỡng và tỷ lệ.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Không được là số âm.</translation>
    </message>
    <message>
        <source>A rate lies between 0 and %1.</source>
        <translation>Tỷ lệ phải nằm trong khoảng 0 đến %1.</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>Bậc %1: %2</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Bảng tính</translation>
    </message>
    <message>
        <source>Spreadsheets and vCards</source>
        <translation>Bảng tính và vCard</translation>
    </message>
    <message>
        <source>vCards</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Calendars (visits)</source>
        <translation>Lịch (lượt thăm)</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tất cả tệp</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Không thể nhập</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Xuất %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation>Đã xuất %1 sang %2</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>Change the contact</source>
        <translation>Thay đổi người liên hệ</translation>
    </message>
    <message>
        <source>Change the valid-until date</source>
        <translation>Thay đổi ngày hết hiệu lực</translation>
    </message>
    <message>
        <source>Change the date requested</source>
        <translation>Thay đổi ngày yêu cầu</translation>
    </message>
    <message>
        <source>Change the delivery date wanted</source>
        <translation>Thay đổi ngày giao hàng mong muốn</translation>
    </message>
    <message>
        <source>Change the currency</source>
        <translation>Thay đổi tiền tệ</translation>
    </message>
    <message>
        <source>Change the tax rate</source>
        <translation>Thay đổi thuế suất</translation>
    </message>
    <message>
        <source>Change the quote discount</source>
        <translation>Thay đổi chiết khấu báo giá</translation>
    </message>
    <message>
        <source>Change the payment terms</source>
        <translation>Thay đổi điều kiện thanh toán</translation>
    </message>
    <message>
        <source>Change the delivery terms</source>
        <translation>Thay đổi điều kiện giao hàng</translation>
    </message>
    <message>
        <source>Change the notes</source>
        <translation>Thay đổi ghi chú</translation>
    </message>
    <message>
        <source>Change the quote</source>
        <translation>Thay đổi báo giá</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <source>move %1</source>
        <translation>chuyển %1</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>lưu trữ %1</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>khôi phục %1</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>tạo %1</translation>
    </message>
</context>
<context>
    <name>Unprintable</name>
    <message>
        <source>Characters missing from the PDF</source>
        <translation>Ký tự bị thiếu trong PDF</translation>
    </message>
</context>
<context>
    <name>VerifyDocumentDialog</name>
    <message>
        <source>Verify a sealed document</source>
        <translation>Xác minh tài liệu đã niêm phong</translation>
    </message>
    <message>
        <source>Choose a sealed checklist PDF. Its digital seal is checked against your own certificate and the ones you trust.</source>
        <translation>Chọn một tệp PDF danh sách xác nhận đã niêm phong. Niêm phong số của tệp được kiểm tra với chứng thư của chính bạn và các chứng thư bạn tin cậy.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Choose PDF…</source>
        <translation>Chọn PDF…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
</context>
<context>
    <name>VisitCalendarDock</name>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Tuần làm việc</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>This account&apos;s visits</source>
        <translation>Lượt viếng thăm của khách hàng này</translation>
    </message>
    <message>
        <source>Everyone&apos;s visits</source>
        <translation>Lượt viếng thăm của mọi người</translation>
    </message>
    <message>
        <source>My visits</source>
        <translation>Lượt viếng thăm của tôi</translation>
    </message>
    <message>
        <source>A shared database: show every manager&apos;s visits, or only yours</source>
        <translation>Cơ sở dữ liệu dùng chung: hiện lượt viếng thăm của mọi người quản lý, hoặc chỉ của bạn</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Plan visits…</source>
        <translation>Lập kế hoạch viếng thăm…</translation>
    </message>
    <message>
        <source>Propose visits for a period: overdue and urgent accounts first, by area</source>
        <translation>Đề xuất lượt viếng thăm cho một kỳ: ưu tiên khách hàng quá hạn và khẩn cấp, theo vùng</translation>
    </message>
    <message>
        <source>Route on map</source>
        <translation>Lộ trình trên bản đồ</translation>
    </message>
    <message>
        <source>Draw this day&apos;s visits on the territory map, in order</source>
        <translation>Vẽ các lượt viếng thăm trong ngày này lên bản đồ khu vực, theo thứ tự</translation>
    </message>
    <message>
        <source>Print &amp;&amp; Outlook</source>
        <translation>In &amp;&amp; Outlook</translation>
    </message>
    <message>
        <source>Print visit sheets…</source>
        <translation>In phiếu viếng thăm…</translation>
    </message>
    <message>
        <source>Send to Outlook (.ics)…</source>
        <translation>Gửi sang Outlook (.ics)…</translation>
    </message>
    <message>
        <source>Read an Outlook calendar (.ics)…</source>
        <translation>Đọc lịch Outlook (.ics)…</translation>
    </message>
    <message>
        <source>Visit cycles…</source>
        <translation>Chu kỳ viếng thăm…</translation>
    </message>
    <message>
        <source>History of the visit</source>
        <translation>Lịch sử của lần viếng thăm</translation>
    </message>
    <message>
        <source>Fill in your name under Tools → My details first.</source>
        <translation>Hãy điền tên của bạn trong Công cụ → Thông tin của tôi trước.</translation>
    </message>
    <message>
        <source>Select an account to see its visits.</source>
        <translation>Chọn một khách hàng để xem các lượt viếng thăm.</translation>
    </message>
    <message>
        <source>No visits recorded for this account yet.</source>
        <translation>Chưa có lượt viếng thăm nào cho khách hàng này.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n visit(s) with a conflict</source>
        <translation>
            <numerusform>⚠ %n lượt viếng thăm bị xung đột</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s)</source>
        <translation>
            <numerusform>%n lượt viếng thăm đã lên lịch</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits — drag or double-click on the calendar to plan one, or use Plan visits…</source>
        <translation>Không có lượt thăm — kéo hoặc nhấp đúp trên lịch để lên lịch, hoặc dùng Lập kế hoạch viếng thăm…</translation>
    </message>
    <message>
        <source>Visit calendar</source>
        <translation>Lịch viếng thăm</translation>
    </message>
    <message>
        <source>Move visit</source>
        <translation>Dời lượt viếng thăm</translation>
    </message>
    <message>
        <source>Choose an account first: the new visit is for the current account.</source>
        <translation>Hãy chọn khách hàng trước: lượt viếng thăm mới dành cho khách hàng hiện tại.</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>Lên lịch viếng thăm</translation>
    </message>
    <message>
        <source>Mark visit %1</source>
        <translation>Đánh dấu lượt viếng thăm là %1</translation>
    </message>
    <message>
        <source>Visit report…</source>
        <translation>Báo cáo viếng thăm…</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Đánh dấu là %1</translation>
    </message>
    <message>
        <source>Move before the previous stop</source>
        <translation>Dời lên trước điểm dừng trước</translation>
    </message>
    <message>
        <source>Move after the next stop</source>
        <translation>Dời xuống sau điểm dừng kế tiếp</translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation>Mở khách hàng</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Choose a visit first: History shows who changed it.</source>
        <translation>Hãy chọn một lần viếng thăm trước: Lịch sử cho biết ai đã sửa nó.</translation>
    </message>
    <message>
        <source>New visit here</source>
        <translation>Chuyến thăm mới tại đây</translation>
    </message>
    <message>
        <source>No visits on this day to draw.</source>
        <translation>Không có lượt viếng thăm nào trong ngày này để vẽ.</translation>
    </message>
    <message>
        <source>Accept plan</source>
        <translation>Chấp nhận kế hoạch</translation>
    </message>
    <message>
        <source>This is the first planned visit of its day.</source>
        <translation>Đây là lượt viếng thăm đã lên lịch đầu tiên trong ngày.</translation>
    </message>
    <message>
        <source>This is the last planned visit of its day.</source>
        <translation>Đây là lượt viếng thăm đã lên lịch cuối cùng trong ngày.</translation>
    </message>
    <message>
        <source>Move visit before the previous stop</source>
        <translation>Dời lượt viếng thăm lên trước điểm dừng trước</translation>
    </message>
    <message>
        <source>Move visit after the next stop</source>
        <translation>Dời lượt viếng thăm xuống sau điểm dừng kế tiếp</translation>
    </message>
</context>
<context>
    <name>VisitCalendarKeys</name>
    <message>
        <source>Cancel the visit</source>
        <translation>Hủy chuyến thăm</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Chuyến thăm mới</translation>
    </message>
</context>
<context>
    <name>VisitCyclesDialog</name>
    <message>
        <source>Visit cycles</source>
        <translation>Chu kỳ viếng thăm</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Theo hạng</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Hạng %1</translation>
    </message>
    <message>
        <source>This account has its own cycle (instead of its tier&apos;s)</source>
        <translation>Khách hàng này có chu kỳ riêng (thay cho chu kỳ theo hạng)</translation>
    </message>
</context>
<context>
    <name>VisitReportDialog</name>
    <message>
        <source>Visit report — %1</source>
        <translation>Báo cáo viếng thăm — %1</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <source>Contacts met:</source>
        <translation>Người đã gặp:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Tóm tắt:</translation>
    </message>
    <message>
        <source>Stock seen:</source>
        <translation>Tồn kho ghi nhận:</translation>
    </message>
    <message>
        <source>Sell-through:</source>
        <translation>Tình hình bán ra:</translation>
    </message>
    <message>
        <source>Shop-floor needs:</source>
        <translation>Nhu cầu tại cửa hàng:</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>Việc cần theo dõi:</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>chưa hỏi</translation>
    </message>
    <message>
        <source>0 = not at all, 10 = certainly; leave empty when you did not ask</source>
        <translation>0 = hoàn toàn không, 10 = chắc chắn; để trống nếu bạn không hỏi</translation>
    </message>
    <message>
        <source>Would they recommend us? (0–10)</source>
        <translation>Họ có giới thiệu chúng ta không? (0–10)</translation>
    </message>
    <message>
        <source>Compliance (tick yes, leave grey when not checked)</source>
        <translation>Tuân thủ (đánh dấu nếu đạt, để xám nếu chưa kiểm tra)</translation>
    </message>
    <message>
        <source>Prices as agreed</source>
        <translation>Giá đúng như thỏa thuận</translation>
    </message>
    <message>
        <source>POP material in place</source>
        <translation>Vật phẩm POP đúng vị trí</translation>
    </message>
    <message>
        <source>Takes part in the promotion</source>
        <translation>Tham gia khuyến mãi</translation>
    </message>
    <message>
        <source>Competitors seen</source>
        <translation>Đối thủ ghi nhận được</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Đối thủ cạnh tranh</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Giá (%1)</translation>
    </message>
    <message>
        <source>Shelf share %</source>
        <translation>Tỷ lệ kệ %</translation>
    </message>
    <message>
        <source>The share of the shelf the competitor holds, 0 to 100</source>
        <translation>Phần kệ mà đối thủ chiếm, từ 0 đến 100</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Khuyến mãi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Problems raised (customer issues)</source>
        <translation>Vấn đề được nêu (vấn đề khách hàng)</translation>
    </message>
    <message>
        <source>Raise an issue…</source>
        <translation>Ghi nhận vấn đề…</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>ngoài kế hoạch</translation>
    </message>
    <message>
        <source>Complete visit</source>
        <translation>Hoàn tất lượt viếng thăm</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Lượt viếng thăm tiếp theo:</translation>
    </message>
    <message>
        <source>What you typed and had not saved is back, and saved.</source>
        <translation>Những gì bạn đã gõ mà chưa lưu đã được đặt lại và đã lưu.</translation>
    </message>
    <message>
        <source>What you typed and had not added is back.</source>
        <translation>Nội dung bạn đã nhập nhưng chưa thêm đã được khôi phục.</translation>
    </message>
    <message>
        <source>Your text is back over the saved version; someone else saved another text there meanwhile (quoted under it). Type on in it to save yours.</source>
        <translation>Văn bản của bạn đã được đặt lại trên bản đã lưu; trong lúc đó một đồng nghiệp đã lưu văn bản khác ở đây (trích dẫn bên dưới). Gõ tiếp vào ô này để lưu văn bản của bạn.</translation>
    </message>
    <message>
        <source>What you typed meanwhile is saved.</source>
        <translation>Những gì bạn gõ trong lúc đó đã được lưu.</translation>
    </message>
    <message>
        <source>Not saved yet — kept, and written when the team database is back.</source>
        <translation>Chưa lưu — đã được giữ lại, sẽ ghi khi cơ sở dữ liệu nhóm hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Not saved yet — kept, and written when the database file is back.</source>
        <translation>Chưa lưu — đã được giữ lại, sẽ ghi khi tệp cơ sở dữ liệu truy cập được trở lại.</translation>
    </message>
    <message>
        <source>Not saved: the team database cannot be reached. Do it again once it is back.</source>
        <translation>Chưa lưu: không kết nối được cơ sở dữ liệu nhóm. Hãy làm lại khi nó hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Not saved: the database file cannot be reached. Do it again once it is back.</source>
        <translation>Chưa lưu: không truy cập được tệp cơ sở dữ liệu. Hãy làm lại khi truy cập được trở lại.</translation>
    </message>
    <message>
        <source>Type a whole number from 0 to 10.</source>
        <translation>Nhập một số nguyên từ 0 đến 10.</translation>
    </message>
    <message>
        <source>shelf %1</source>
        <translation>kệ %1</translation>
    </message>
    <message>
        <source>Type a whole number from 0 to 100.</source>
        <translation>Nhập một số nguyên từ 0 đến 100.</translation>
    </message>
    <message>
        <source>Problem raised at the visit</source>
        <translation>Vấn đề được nêu tại lượt viếng thăm</translation>
    </message>
    <message>
        <source>The competitor row you typed is not added yet: correct it and press Add, or clear it.</source>
        <translation>Dòng đối thủ bạn đã nhập chưa được thêm: hãy sửa rồi bấm Thêm, hoặc xóa nó đi.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Manager: %1</source>
        <translation>Người quản lý: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your accounts, the people who decide in them, visits, price policies, rebates and quotes — on your laptop, offline.</source>
        <translation>Khách hàng, những người ra quyết định ở đó, viếng thăm, chính sách giá, chiết khấu và báo giá — ngay trên máy tính xách tay của bạn, không cần mạng.</translation>
    </message>
    <message>
        <source>Continue with the empty database</source>
        <translation>Tiếp tục với cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Mở cơ sở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>A sample territory of 200 accounts with their contacts, visits, prices and quotes, to try everything on. Made in your data folder the first time.</source>
        <translation>Một khu vực mẫu gồm 200 khách hàng cùng người liên hệ, viếng thăm, giá và báo giá, để dùng thử mọi chức năng. Được tạo trong thư mục dữ liệu của bạn ở lần đầu.</translation>
    </message>
    <message>
        <source>Import accounts from a spreadsheet…</source>
        <translation>Nhập khách hàng từ bảng tính…</translation>
    </message>
    <message>
        <source>Your customers from a CSV or Excel file (an ERP or CRM export); you choose which column is which.</source>
        <translation>Khách hàng của bạn từ tệp CSV hoặc Excel (xuất từ ERP hoặc CRM); bạn chọn cột nào là cột nào.</translation>
    </message>
    <message>
        <source>Open or create a database first, then bring in your customers.</source>
        <translation>Hãy mở hoặc tạo một cơ sở dữ liệu trước, rồi nhập khách hàng của bạn.</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>An empty database file for your own territory.</source>
        <translation>Một tệp cơ sở dữ liệu trống cho khu vực của riêng bạn.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Mở cơ sở dữ liệu có sẵn…</translation>
    </message>
    <message>
        <source>A database file on this laptop or on a shared drive.</source>
        <translation>Một tệp cơ sở dữ liệu trên máy này hoặc trên ổ đĩa dùng chung.</translation>
    </message>
    <message>
        <source>Tip: drop a CSV or Excel file on the window to import it.</source>
        <translation>Mẹo: kéo thả tệp CSV hoặc Excel vào cửa sổ để nhập.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>The databases you open are listed here.</source>
        <translation>Các cơ sở dữ liệu bạn đã mở sẽ được liệt kê ở đây.</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Cơ sở dữ liệu gần đây</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>%1 is open and has no accounts yet.</source>
        <translation>%1 đang mở và chưa có khách hàng nào.</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Cơ sở dữ liệu nhóm</translation>
    </message>
</context>
<context>
    <name>account_tree</name>
    <message>
        <source>Next
due</source>
        <translation>Đến hạn
tiếp theo</translation>
    </message>
    <message>
        <source>Open
issues</source>
        <translation>Vấn đề
đang mở</translation>
    </message>
    <message>
        <source>Open issues of the account and of all accounts below it (late ones in brackets)</source>
        <translation>Vấn đề đang mở của khách hàng và mọi khách hàng cấp dưới (số trễ hạn trong ngoặc)</translation>
    </message>
    <message>
        <source>Sell-in of this year&apos;s whole months against target, for the account and all accounts below it. The target is the account&apos;s own where it has one, else the sum of the targets below it (never both).</source>
        <translation>Nhập hàng của các tháng trọn vẹn trong năm nay so với mục tiêu, của khách hàng và mọi khách hàng cấp dưới. Mục tiêu là mục tiêu riêng của khách hàng nếu có, nếu không là tổng mục tiêu của các khách hàng cấp dưới (không bao giờ cộng cả hai).</translation>
    </message>
    <message>
        <source>No whole month of this year to compare yet.</source>
        <translation>Năm nay chưa có tháng trọn vẹn nào để so sánh.</translation>
    </message>
    <message>
        <source>%1 to %2: this account and all accounts below it</source>
        <translation>%1 đến %2: khách hàng này và mọi khách hàng cấp dưới</translation>
    </message>
    <message>
        <source>%1 to %2: this account</source>
        <translation>%1 đến %2: khách hàng này</translation>
    </message>
    <message>
        <source>Sell-in: %1 %2</source>
        <translation>Nhập hàng: %1 %2</translation>
    </message>
    <message>
        <source>No sell-in target is set for it or below it</source>
        <translation>Chưa đặt mục tiêu nhập hàng cho khách hàng này hay cấp dưới</translation>
    </message>
    <message>
        <source>No sell-in target is set for it</source>
        <translation>Chưa đặt mục tiêu nhập hàng cho khách hàng này</translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation>Mục tiêu: %1 %2</translation>
    </message>
    <message>
        <source>%1 of target</source>
        <translation>%1 mục tiêu</translation>
    </message>
    <message>
        <source>Figures in %1 below it are left out.</source>
        <translation>Số liệu bằng %1 của cấp dưới không được tính.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (đã lưu trữ)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>booked %1</source>
        <translation>đã hẹn %1</translation>
    </message>
    <message>
        <source>%1 d overdue</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation>%1 (trễ %2)</translation>
    </message>
    <message>
        <source>Visit overdue since %1 · visit booked %2</source>
        <translation>Quá hạn viếng thăm từ %1 · đã hẹn %2</translation>
    </message>
    <message>
        <source>Visit overdue since %1</source>
        <translation>Quá hạn viếng thăm từ %1</translation>
    </message>
    <message>
        <source>%1 issue(s) past deadline, child accounts included</source>
        <translation>%1 vấn đề quá hạn, kể cả khách hàng con</translation>
    </message>
    <message>
        <source>%1 issue(s) past deadline</source>
        <translation>%1 vấn đề quá hạn</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <source>Visit 1 day overdue</source>
        <translation>Quá hạn viếng thăm 1 ngày</translation>
    </message>
    <message>
        <source>Visit {days} days overdue</source>
        <translation>Quá hạn viếng thăm {days} ngày</translation>
    </message>
    <message>
        <source>{number} expires today</source>
        <translation>{number} hết hạn hôm nay</translation>
    </message>
    <message>
        <source>{number} expires tomorrow</source>
        <translation>{number} hết hạn ngày mai</translation>
    </message>
    <message>
        <source>{number} expires in {days} days</source>
        <translation>{number} hết hạn sau {days} ngày</translation>
    </message>
    <message>
        <source>Rebate {number} entered late: {delay} days after signing (limit {limit})</source>
        <translation>Chiết khấu {number} nhập trễ: {delay} ngày sau khi ký (giới hạn {limit})</translation>
    </message>
    <message>
        <source>Rebate {number} signed {signed}, still a draft</source>
        <translation>Chiết khấu {number} đã ký ngày {signed}, vẫn là bản nháp</translation>
    </message>
    <message>
        <source>Rebate {number} signed {signed}, still awaiting approval</source>
        <translation>Chiết khấu {number} đã ký ngày {signed}, vẫn đang chờ phê duyệt</translation>
    </message>
    <message>
        <source>Issue {number} 1 day past deadline</source>
        <translation>Vấn đề {number} quá hạn 1 ngày</translation>
    </message>
    <message>
        <source>Issue {number} {days} days past deadline</source>
        <translation>Vấn đề {number} quá hạn {days} ngày</translation>
    </message>
    <message>
        <source>Sell-in {gap} below target · {month}</source>
        <translation>Nhập hàng dưới mục tiêu {gap} · {month}</translation>
    </message>
    <message>
        <source>Outbound {gap} below target · {month}</source>
        <translation>Xuất kho dưới mục tiêu {gap} · {month}</translation>
    </message>
    <message>
        <source>Sell-out {gap} below target · {month}</source>
        <translation>Bán ra dưới mục tiêu {gap} · {month}</translation>
    </message>
    <message>
        <source>Stock {gap} below target · {month}</source>
        <translation>Tồn kho dưới mục tiêu {gap} · {month}</translation>
    </message>
    <message>
        <source>Visit 1 day overdue · visit booked {booked}</source>
        <translation>Quá hạn viếng thăm 1 ngày · đã hẹn {booked}</translation>
    </message>
    <message>
        <source>Visit {days} days overdue · visit booked {booked}</source>
        <translation>Quá hạn viếng thăm {days} ngày · đã hẹn {booked}</translation>
    </message>
    <message>
        <source>1 visit overdue</source>
        <translation>1 lượt viếng thăm quá hạn</translation>
    </message>
    <message>
        <source>%1 visits overdue</source>
        <translation>%1 lượt viếng thăm quá hạn</translation>
    </message>
    <message>
        <source>1 quote expires within %2 days</source>
        <translation>1 báo giá hết hạn trong vòng %2 ngày</translation>
    </message>
    <message>
        <source>%1 quotes expire within %2 days</source>
        <translation>%1 báo giá hết hạn trong vòng %2 ngày</translation>
    </message>
    <message>
        <source>1 rebate entered late</source>
        <translation>1 thỏa thuận chiết khấu nhập trễ</translation>
    </message>
    <message>
        <source>%1 rebates entered late</source>
        <translation>%1 thỏa thuận chiết khấu nhập trễ</translation>
    </message>
    <message>
        <source>1 rebate not yet active</source>
        <translation>1 thỏa thuận chiết khấu chưa có hiệu lực</translation>
    </message>
    <message>
        <source>%1 rebates not yet active</source>
        <translation>%1 thỏa thuận chiết khấu chưa có hiệu lực</translation>
    </message>
    <message>
        <source>1 issue past deadline</source>
        <translation>1 vấn đề quá hạn</translation>
    </message>
    <message>
        <source>%1 issues past deadline</source>
        <translation>%1 vấn đề quá hạn</translation>
    </message>
    <message>
        <source>1 account below target</source>
        <translation>1 khách hàng dưới mục tiêu</translation>
    </message>
    <message>
        <source>%1 accounts below target</source>
        <translation>%1 khách hàng dưới mục tiêu</translation>
    </message>
    <message>
        <source>1 visit overdue, not booked</source>
        <translation>1 lượt viếng thăm quá hạn chưa hẹn</translation>
    </message>
    <message>
        <source>%1 visits overdue, not booked</source>
        <translation>%1 lượt viếng thăm quá hạn chưa hẹn</translation>
    </message>
    <message>
        <source>1 overdue visit booked</source>
        <translation>1 lượt quá hạn đã hẹn</translation>
    </message>
    <message>
        <source>%1 overdue visits booked</source>
        <translation>%1 lượt quá hạn đã hẹn</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Tạm ẩn đến %1</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>Red: needs you now</source>
        <translation>Đỏ: cần bạn xử lý ngay</translation>
    </message>
    <message>
        <source>Amber: needs a look soon</source>
        <translation>Vàng: cần xem sớm</translation>
    </message>
    <message>
        <source>%1 against a target of %2</source>
        <translation>%1 so với mục tiêu %2</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it.</source>
        <translation>Nhấp đúp hoặc nhấn Enter để mở.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>đối số vị trí</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>lệnh con</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiển thị trợ giúp này rồi thoát</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>hiển thị số phiên bản của chương trình rồi thoát</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (mặc định: %(default)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: lỗi: %(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation>%(prog)s: cảnh báo: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>đối số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>thiếu các đối số bắt buộc sau: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các đối số %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>không được dùng cùng với đối số %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>đối số không nhận ra được: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn không rõ ràng: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>cần nhiều nhất một giá trị</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>đã bỏ qua giá trị thừa %r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>lệnh con không xác định %(parser_name)r (chọn một trong: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>không mở được &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>overlaps another visit</source>
        <translation>trùng với lượt viếng thăm khác</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>ngoài giờ làm việc</translation>
    </message>
    <message>
        <source>on a day off</source>
        <translation>vào ngày nghỉ</translation>
    </message>
    <message>
        <source>the customer is closed that day</source>
        <translation>khách hàng đóng cửa ngày đó</translation>
    </message>
    <message>
        <source>outside the customer&apos;s visiting hours</source>
        <translation>ngoài giờ tiếp khách của khách hàng</translation>
    </message>
</context>
<context>
    <name>chartMenu</name>
    <message>
        <source>Copy chart</source>
        <translation>Sao chép biểu đồ</translation>
    </message>
    <message>
        <source>Save chart as…</source>
        <translation>Lưu biểu đồ thành…</translation>
    </message>
    <message>
        <source>Save chart as</source>
        <translation>Lưu biểu đồ thành</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Ảnh PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Hình vẽ SVG</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>Không lưu được biểu đồ: %1</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Sell-in</source>
        <translation>Nhập hàng</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Sell-out</source>
        <translation>Bán ra</translation>
    </message>
    <message>
        <source>No sales recorded</source>
        <translation>Chưa có doanh số</translation>
    </message>
</context>
<context>
    <name>checklists</name>
    <message>
        <source>Replaced by R%1</source>
        <translation>Đã được thay bằng R%1</translation>
    </message>
    <message>
        <source>Stamped by customer</source>
        <translation>Khách hàng đã đóng dấu</translation>
    </message>
    <message>
        <source>Awaiting customer&apos;s stamp</source>
        <translation>Chờ khách hàng đóng dấu</translation>
    </message>
    <message>
        <source>With the accounts below</source>
        <translation>Kèm khách hàng cấp dưới</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Khách hàng này</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Mã xác minh: %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the audit trail: check its hash chain</source>
        <translation>nhật ký kiểm toán: kiểm tra chuỗi băm</translation>
    </message>
    <message>
        <source>check that no audit event was changed, deleted or reordered</source>
        <translation>kiểm tra rằng không có sự kiện kiểm toán nào bị sửa, xóa hoặc đổi thứ tự</translation>
    </message>
    <message>
        <source>who changed an account, a quote or an issue: when, which field, old → new</source>
        <translation>ai đã sửa khách hàng, báo giá hoặc vấn đề: khi nào, trường nào, cũ → mới</translation>
    </message>
    <message>
        <source>the account with this code</source>
        <translation>khách hàng có mã này</translation>
    </message>
    <message>
        <source>the quote with this number (all its revisions)</source>
        <translation>báo giá có số này (mọi bản sửa)</translation>
    </message>
    <message>
        <source>the issue with this number</source>
        <translation>vấn đề có số này</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>Nhật ký kiểm toán đã bị phá vỡ: %1</translation>
    </message>
    <message>
        <source>%1 events before it are intact (up to event %2).</source>
        <translation>%1 sự kiện trước đó vẫn nguyên vẹn (đến sự kiện %2).</translation>
    </message>
    <message>
        <source>There is no account with code %1.</source>
        <translation>Không có khách hàng nào có mã %1.</translation>
    </message>
    <message>
        <source>There is no quote numbered %1.</source>
        <translation>Không có báo giá số %1.</translation>
    </message>
    <message>
        <source>There is no issue numbered %1.</source>
        <translation>Không có vấn đề số %1.</translation>
    </message>
    <message>
        <source>No change has been recorded for %1 yet.</source>
        <translation>Chưa có thay đổi nào được ghi lại cho %1.</translation>
    </message>
    <message>
        <source>make a verified copy of a database (default: into your backup folder)</source>
        <translation>tạo một bản sao đã kiểm chứng của cơ sở dữ liệu (mặc định: vào thư mục sao lưu)</translation>
    </message>
    <message>
        <source>write the copy to this file (or into this folder) instead of the backup folder</source>
        <translation>ghi bản sao vào tệp này (hoặc vào thư mục này) thay vì thư mục sao lưu</translation>
    </message>
    <message>
        <source>replace a database with a backup (the current state is backed up first)</source>
        <translation>thay cơ sở dữ liệu bằng một bản sao lưu (trạng thái hiện tại được sao lưu trước)</translation>
    </message>
    <message>
        <source>list a database&apos;s backups, newest first</source>
        <translation>liệt kê các bản sao lưu của cơ sở dữ liệu, mới nhất trước</translation>
    </message>
    <message>
        <source>%1 does not exist, so there is nothing to back up.</source>
        <translation>%1 không tồn tại nên không có gì để sao lưu.</translation>
    </message>
    <message>
        <source>backup of %1 (schema %2) written to %3</source>
        <translation>bản sao lưu của %1 (lược đồ %2) đã ghi vào %3</translation>
    </message>
    <message>
        <source>%1 restored from %2</source>
        <translation>%1 đã được khôi phục từ %2</translation>
    </message>
    <message>
        <source>the state it replaced was saved as %1</source>
        <translation>trạng thái bị thay thế đã được lưu thành %1</translation>
    </message>
    <message>
        <source>no backups of %1 in %2</source>
        <translation>không có bản sao lưu nào của %1 trong %2</translation>
    </message>
    <message>
        <source>backups of %1 in %2:</source>
        <translation>các bản sao lưu của %1 trong %2:</translation>
    </message>
    <message>
        <source>an unexpected problem stopped the command (%1).</source>
        <translation>một sự cố ngoài dự kiến đã dừng lệnh (%1).</translation>
    </message>
    <message>
        <source>print (and seal) a document as PDF</source>
        <translation>in (và niêm phong) tài liệu thành PDF</translation>
    </message>
    <message>
        <source>issue and seal a written checklist of an account&apos;s open issues</source>
        <translation>lập và niêm phong danh sách xác nhận bằng văn bản về các vấn đề còn mở của khách hàng</translation>
    </message>
    <message>
        <source>issue numbers to list (default: all open ones)</source>
        <translation>số của các vấn đề cần liệt kê (mặc định: mọi vấn đề còn mở)</translation>
    </message>
    <message>
        <source>also list the issues of every account below it, each naming its account</source>
        <translation>liệt kê cả các vấn đề của mọi khách hàng cấp dưới, mỗi vấn đề ghi rõ khách hàng</translation>
    </message>
    <message>
        <source>when a checklist of these issues still waits for the customer&apos;s stamp, issue its next revision instead</source>
        <translation>nếu một danh sách xác nhận có các vấn đề này vẫn đang chờ đóng dấu, hãy lập phiên bản kế tiếp của nó</translation>
    </message>
    <message>
        <source>issue a new checklist even when one of these issues still waits for the customer&apos;s stamp</source>
        <translation>lập danh sách xác nhận mới ngay cả khi một trong các vấn đề này vẫn đang chờ khách hàng đóng dấu</translation>
    </message>
    <message>
        <source>check a sealed PDF: intact (0), modified (3), not sealed (4), unknown key (5), unreadable (6)</source>
        <translation>kiểm tra một PDF đã niêm phong: nguyên vẹn (0), đã bị sửa (3), chưa niêm phong (4), khóa không xác định (5), không đọc được (6)</translation>
    </message>
    <message>
        <source>also match it to this register</source>
        <translation>đồng thời đối chiếu với sổ đăng ký này</translation>
    </message>
    <message>
        <source>show or set your name and contact on documents</source>
        <translation>xem hoặc đặt tên và thông tin liên hệ của bạn trên tài liệu</translation>
    </message>
    <message>
        <source>your seal certificate and the ones you trust</source>
        <translation>chứng thư con dấu của bạn và những chứng thư bạn tin cậy</translation>
    </message>
    <message>
        <source>export your certificate for head office</source>
        <translation>xuất chứng thư của bạn cho trụ sở chính</translation>
    </message>
    <message>
        <source>trust a certificate (e.g. head office&apos;s)</source>
        <translation>tin cậy một chứng thư (ví dụ của trụ sở chính)</translation>
    </message>
    <message>
        <source>your certificate and the trusted ones</source>
        <translation>chứng thư của bạn và các chứng thư được tin cậy</translation>
    </message>
    <message>
        <source>make a new seal key, e.g. when the old one can no longer be unlocked (documents sealed with the old one still verify)</source>
        <translation>tạo khóa niêm phong mới, ví dụ khi khóa cũ không còn mở khóa được (tài liệu niêm phong bằng khóa cũ vẫn xác minh được)</translation>
    </message>
    <message>
        <source>%1 of %2 still waits for the customer&apos;s stamp and lists the same issues. Re-issue it as R%3 with --reissue, or issue a new checklist with --new.</source>
        <translation>%1 của %2 vẫn đang chờ khách hàng đóng dấu và có cùng các vấn đề. Lập lại thành R%3 bằng --reissue, hoặc lập danh sách mới bằng --new.</translation>
    </message>
    <message>
        <source>%1 was issued, sealed and kept in the database, but %2 could not be written: %3. Save it from the account&apos;s Checklists tab.</source>
        <translation>%1 đã được lập, niêm phong và lưu trong cơ sở dữ liệu, nhưng không ghi được %2: %3. Hãy lưu từ thẻ Danh sách xác nhận của khách hàng.</translation>
    </message>
    <message>
        <source>%1: %2 issue(s), sealed, written to %3 (verification code %4)</source>
        <translation>%1: %2 vấn đề, đã niêm phong, đã ghi vào %3 (mã xác minh %4)</translation>
    </message>
    <message>
        <source>No account has the code %1.</source>
        <translation>Không có khách hàng nào có mã %1.</translation>
    </message>
    <message>
        <source>%1 has no issue %2.</source>
        <translation>%1 không có vấn đề %2.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Tổ chức:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>certificate of %1 written to %2</source>
        <translation>chứng thư của %1 đã ghi vào %2</translation>
    </message>
    <message>
        <source>now trusting %1 (%2)</source>
        <translation>đã tin cậy %1 (%2)</translation>
    </message>
    <message>
        <source>none yet (made on first checklist)</source>
        <translation>chưa có (được tạo ở danh sách xác nhận đầu tiên)</translation>
    </message>
    <message>
        <source>Your seal: %1</source>
        <translation>Con dấu của bạn: %1</translation>
    </message>
    <message>
        <source>Trusted:   %1</source>
        <translation>Tin cậy:   %1</translation>
    </message>
    <message>
        <source>New seal key made for %1 (%2).</source>
        <translation>Đã tạo khóa niêm phong mới cho %1 (%2).</translation>
    </message>
    <message>
        <source>The previous certificate (SHA-256 %1…) stays trusted on this computer, so documents sealed with it still verify as intact.</source>
        <translation>Chứng thư trước đây (SHA-256 %1…) vẫn được tin cậy trên máy tính này, nên tài liệu niêm phong bằng nó vẫn được xác minh là nguyên vẹn.</translation>
    </message>
    <message>
        <source>Whoever checks your seals elsewhere (head office) needs the new certificate: acct-desktop seal export --out FILE.pem</source>
        <translation>Nơi khác kiểm tra niêm phong của bạn (trụ sở chính) cần chứng thư mới: acct-desktop seal export --out FILE.pem</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Dấu vân tay SHA-256: %1</translation>
    </message>
    <message>
        <source>%1 (%2), valid to %3, SHA-256 %4…</source>
        <translation>%1 (%2), hiệu lực đến %3, SHA-256 %4…</translation>
    </message>
    <message>
        <source>Accounts, contacts, visits, price policies, rebates and quotes, offline.</source>
        <translation>Khách hàng, người liên hệ, viếng thăm, chính sách giá, chiết khấu và báo giá, không cần mạng.</translation>
    </message>
    <message>
        <source>database file, or postgresql://user@host/db (password from the OS keyring)</source>
        <translation>tệp cơ sở dữ liệu, hoặc postgresql://user@host/db (mật khẩu lấy từ kho khóa của hệ điều hành)</translation>
    </message>
    <message>
        <source>open the demo database in your data folder (created on first use)</source>
        <translation>mở cơ sở dữ liệu mẫu trong thư mục dữ liệu của bạn (được tạo ở lần dùng đầu tiên)</translation>
    </message>
    <message>
        <source>language of the GUI and of this command&apos;s messages, this time only (default: View → Language, else the system&apos;s)</source>
        <translation>ngôn ngữ của giao diện và các thông báo của lệnh này, chỉ lần này (mặc định: Xem → Ngôn ngữ, nếu không thì ngôn ngữ của hệ thống)</translation>
    </message>
    <message>
        <source>check this installation and exit 0 (ok) or 1; the summary also goes to REPORT_FILE</source>
        <translation>kiểm tra bản cài đặt này và thoát với 0 (ổn) hoặc 1; bản tóm tắt cũng được ghi vào REPORT_FILE</translation>
    </message>
    <message>
        <source>create a demo database</source>
        <translation>tạo cơ sở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>the date the demo&apos;s history leads up to (default: today)</source>
        <translation>ngày mà lịch sử dữ liệu mẫu kéo dài đến (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>overwrite an existing file</source>
        <translation>ghi đè tệp đã có</translation>
    </message>
    <message>
        <source>no progress bar</source>
        <translation>không hiển thị thanh tiến trình</translation>
    </message>
    <message>
        <source>render the window and each dock to PNG files</source>
        <translation>kết xuất cửa sổ và từng khung neo thành tệp PNG</translation>
    </message>
    <message>
        <source>GUI language (default: English)</source>
        <translation>ngôn ngữ giao diện (mặc định: tiếng Anh)</translation>
    </message>
    <message>
        <source>schema version and row counts of a database</source>
        <translation>phiên bản lược đồ và số dòng của một cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>store a server database&apos;s password in the keyring</source>
        <translation>lưu mật khẩu của cơ sở dữ liệu máy chủ vào kho khóa</translation>
    </message>
    <message>
        <source>read the password from stdin</source>
        <translation>đọc mật khẩu từ stdin</translation>
    </message>
    <message>
        <source>import accounts, contacts, products, price policies, rebates, targets or sales figures (CSV or .xlsx), contacts (.vcf) or visits (.ics)</source>
        <translation>nhập khách hàng, người liên hệ, sản phẩm, chính sách giá, chiết khấu, chỉ tiêu hoặc số liệu bán hàng (CSV hoặc .xlsx), người liên hệ (.vcf) hoặc lượt viếng thăm (.ics)</translation>
    </message>
    <message>
        <source>which column holds a field when its header is not recognised (repeatable)</source>
        <translation>cột nào chứa một trường khi tiêu đề của nó không được nhận ra (có thể lặp lại)</translation>
    </message>
    <message>
        <source>kind of new accounts whose row gives none, as a cell would write it: headquarters, hoofdkantoor, 总部… (accounts only)</source>
        <translation>loại của khách hàng mới mà dòng không ghi loại, viết như trong ô: headquarters, hoofdkantoor, 总部… (chỉ khách hàng)</translation>
    </message>
    <message>
        <source>sell_in, outbound, sell_out or stock for every row of a file without a measure column (sales only)</source>
        <translation>sell_in, outbound, sell_out hoặc stock cho mọi dòng của tệp không có cột chỉ số (chỉ cho doanh số)</translation>
    </message>
    <message>
        <source>what a word of the file&apos;s measure column means, e.g. Verkoop=sell_in, or ZF9=none to refuse its rows (repeatable; sales only)</source>
        <translation>ý nghĩa của một từ trong cột chỉ tiêu của tệp, ví dụ Verkoop=sell_in, hoặc ZF9=none để từ chối các dòng có từ đó (có thể lặp lại; chỉ số liệu bán hàng)</translation>
    </message>
    <message>
        <source>how annual amounts become months: even or by last year&apos;s sales (targets only)</source>
        <translation>cách chia số năm thành các tháng: đều nhau hoặc theo doanh số năm trước (chỉ cho chỉ tiêu)</translation>
    </message>
    <message>
        <source>the row of the file that holds the column names, when a title or a row of group names above it is taken for them (CSV and .xlsx)</source>
        <translation>hàng của tệp chứa tên cột, khi tiêu đề hoặc hàng tên nhóm phía trên bị đọc nhầm là tên cột (CSV và .xlsx)</translation>
    </message>
    <message>
        <source>export accounts, contacts, products, price policies or rebates (CSV or .xlsx), contacts (.vcf) or visits (.ics)</source>
        <translation>xuất khách hàng, người liên hệ, sản phẩm, chính sách giá hoặc chiết khấu (CSV hoặc .xlsx), người liên hệ (.vcf) hoặc lượt viếng thăm (.ics)</translation>
    </message>
    <message>
        <source>default: from --out&apos;s suffix</source>
        <translation>mặc định: theo phần mở rộng của --out</translation>
    </message>
    <message>
        <source>the file, or a folder for it (named after what is exported)</source>
        <translation>tệp, hoặc thư mục để chứa tệp (đặt tên theo dữ liệu được xuất)</translation>
    </message>
    <message>
        <source>Interrupted; nothing was left half-written.</source>
        <translation>Đã ngắt; không có gì bị ghi dở dang.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>Set it with: acct-desktop password --db %1</source>
        <translation>Đặt mật khẩu bằng: acct-desktop password --db %1</translation>
    </message>
    <message>
        <source>error: an unexpected problem stopped the command (%1: %2). Details are in %3.</source>
        <translation>lỗi: một sự cố ngoài dự kiến đã dừng lệnh (%1: %2). Chi tiết nằm trong %3.</translation>
    </message>
    <message>
        <source>demo %1 (seed %2) written to %3 in %4 s: %5</source>
        <translation>dữ liệu mẫu %1 (hạt giống %2) đã ghi vào %3 trong %4 giây: %5</translation>
    </message>
    <message>
        <source>--size must look like 1366x768, not %1</source>
        <translation>--size phải có dạng 1366x768, không phải %1</translation>
    </message>
    <message>
        <source>There is no terminal to type the recovery key at: run the command in a terminal, or pipe the key in with --stdin.</source>
        <translation>Không có terminal để gõ khóa khôi phục: hãy chạy lệnh trong một terminal, hoặc chuyển khóa vào qua --stdin.</translation>
    </message>
    <message>
        <source>No recovery key was typed; nothing was changed.</source>
        <translation>Chưa gõ khóa khôi phục; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Standard input held no recovery key (--stdin reads its first line); nothing was changed.</source>
        <translation>Đầu vào chuẩn không có khóa khôi phục (--stdin đọc dòng đầu tiên); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mật khẩu: </translation>
    </message>
    <message>
        <source>There is no terminal to type the password at: run the command in a terminal, or pipe the password in with --stdin.</source>
        <translation>Không có terminal để gõ mật khẩu: hãy chạy lệnh trong một terminal, hoặc chuyển mật khẩu vào qua --stdin.</translation>
    </message>
    <message>
        <source>No password was typed; nothing was stored.</source>
        <translation>Chưa gõ mật khẩu; không có gì được lưu.</translation>
    </message>
    <message>
        <source>Standard input held no password (--stdin reads its first line); nothing was stored.</source>
        <translation>Đầu vào chuẩn không có mật khẩu (--stdin đọc dòng đầu tiên); không có gì được lưu.</translation>
    </message>
    <message>
        <source>password for %1 stored in the system keyring</source>
        <translation>mật khẩu cho %1 đã được lưu trong kho khóa (keyring) của hệ thống</translation>
    </message>
    <message>
        <source>%1 did not exist: a new database was made for this import.</source>
        <translation>%1 chưa tồn tại: đã tạo một cơ sở dữ liệu mới cho lần nhập này.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--map takes field=Column pairs, not &quot;%1&quot;</source>
        <translation>--map nhận các cặp trường=Cột, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>checking rows</source>
        <translation>đang kiểm tra các dòng</translation>
    </message>
    <message>
        <source>writing rows</source>
        <translation>đang ghi các dòng</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <source>If line %1 does not hold the column names, name the row that does: --header-row N. If it does, name the column of each field: --map field=Column.</source>
        <translation>Nếu dòng %1 không chứa tên cột, hãy chỉ ra hàng chứa chúng: --header-row N. Nếu đúng là dòng đó, hãy chỉ ra cột của từng trường: --map trường=Cột.</translation>
    </message>
    <message>
        <source>1 account code of this file is not in the database yet: import that account first (acct-desktop import accounts FILE), then this file again.</source>
        <translation>1 mã khách hàng trong tệp này chưa có trong cơ sở dữ liệu: hãy nhập khách hàng đó trước (acct-desktop import accounts TỆP), rồi nhập lại tệp này.</translation>
    </message>
    <message>
        <source>%1 account codes of this file are not in the database yet: import those accounts first (acct-desktop import accounts FILE), then this file again.</source>
        <translation>%1 mã khách hàng trong tệp này chưa có trong cơ sở dữ liệu: hãy nhập các khách hàng đó trước (acct-desktop import accounts TỆP), rồi nhập lại tệp này.</translation>
    </message>
    <message>
        <source>For rows that name no measure, give one: --measure sell_in (or outbound, sell_out, stock).</source>
        <translation>Với các dòng không ghi chỉ tiêu, hãy chỉ định một: --measure sell_in (hoặc outbound, sell_out, stock).</translation>
    </message>
    <message>
        <source>Correct a mistyped date and import the file again; if the dates are right, name the months the file holds: %1 (rows outside them are refused).</source>
        <translation>Hãy sửa ngày bị gõ sai rồi nhập lại tệp; nếu các ngày đều đúng, hãy nêu các tháng mà tệp có: %1 (các dòng ngoài các tháng đó sẽ bị từ chối).</translation>
    </message>
    <message>
        <source>Read that column as the measure: --map %1 (then import again).</source>
        <translation>Hãy đọc cột đó làm chỉ tiêu: --map %1 (rồi nhập lại).</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds the parent accounts&apos; codes, read it as the parent code: --map %2 (then import again).</source>
        <translation>Nếu cột “%1” chứa mã của khách hàng cấp trên, hãy đọc nó là mã cấp trên: --map %2 (rồi nhập lại).</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds the accounts&apos; kinds, read it as the kind: --map %2 (then import again); or give new accounts one kind: --default-kind KIND.</source>
        <translation>Nếu &quot;%1&quot; chứa loại khách hàng, hãy đọc nó là loại: --map %2 (rồi nhập lại); hoặc gán một loại cho khách hàng mới: --default-kind LOẠI.</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds quantities, read it as the quantity and the amount from its own column: --map %3 --map %4. If it does hold the amounts, import again with --amount-confirmed.</source>
        <translation>Nếu &quot;%1&quot; là số lượng, hãy đọc nó là số lượng và lấy số tiền từ cột riêng của nó: --map %3 --map %4. Nếu cột đó đúng là số tiền, hãy nhập lại với --amount-confirmed.</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds quantities, read the amount from its own column: --map %4. If it does hold the amounts, import again with --amount-confirmed.</source>
        <translation>Nếu &quot;%1&quot; là số lượng, hãy lấy số tiền từ cột riêng của nó: --map %4. Nếu cột đó đúng là số tiền, hãy nhập lại với --amount-confirmed.</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds the amounts, read it as the amount: --map %2. If the file has no amounts, import again with --no-amounts-confirmed.</source>
        <translation>Nếu “%1” là số tiền, hãy đọc nó là số tiền: --map %2. Nếu tệp không có số tiền, hãy nhập lại với --no-amounts-confirmed.</translation>
    </message>
    <message>
        <source>If a column holds the amounts, read it as the amount: --map amount=COLUMN. If the file has no amounts, import again with --no-amounts-confirmed.</source>
        <translation>Nếu có cột chứa số tiền, hãy đọc nó là số tiền: --map amount=CỘT. Nếu tệp không có số tiền, hãy nhập lại với --no-amounts-confirmed.</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; holds the quantities, read it as the quantity: --map %2. If the file has no quantities, import again with --no-quantities-confirmed.</source>
        <translation>Nếu “%1” là số lượng, hãy đọc nó là số lượng: --map %2. Nếu tệp không có số lượng, hãy nhập lại với --no-quantities-confirmed.</translation>
    </message>
    <message>
        <source>If a column holds the quantities, read it as the quantity: --map quantity=COLUMN. If the file has no quantities, import again with --no-quantities-confirmed.</source>
        <translation>Nếu có cột chứa số lượng, hãy đọc nó là số lượng: --map quantity=CỘT. Nếu tệp không có số lượng, hãy nhập lại với --no-quantities-confirmed.</translation>
    </message>
    <message>
        <source>For the file&apos;s own words, say what each means: --measure-word %1 (or outbound, sell_out, stock; repeatable), or %2 to refuse its rows.</source>
        <translation>Với các từ riêng của tệp, hãy cho biết mỗi từ nghĩa là gì: --measure-word %1 (hoặc outbound, sell_out, stock; lặp lại được), hoặc %2 để từ chối các dòng đó.</translation>
    </message>
    <message>
        <source>vCard version (default 3.0, for Outlook)</source>
        <translation>phiên bản vCard (mặc định 3.0, cho Outlook)</translation>
    </message>
    <message>
        <source>only this account&apos;s contacts (vcf)</source>
        <translation>chỉ người liên hệ của khách hàng này (vcf)</translation>
    </message>
    <message>
        <source>one .vcf per contact into the folder --out (Outlook imports one card per file)</source>
        <translation>mỗi người liên hệ một tệp .vcf trong thư mục --out (Outlook nhập một thẻ cho mỗi tệp)</translation>
    </message>
    <message>
        <source>the account a vCard file&apos;s contacts join</source>
        <translation>khách hàng mà các người liên hệ trong tệp vCard thuộc về</translation>
    </message>
    <message>
        <source>a contact&apos;s personal data: a copy, or erasure</source>
        <translation>dữ liệu cá nhân của người liên hệ: bản sao hoặc xóa</translation>
    </message>
    <message>
        <source>everything stored about a contact, as JSON</source>
        <translation>mọi dữ liệu đã lưu về một người liên hệ, dạng JSON</translation>
    </message>
    <message>
        <source>the file, or a folder for it (contact-&lt;id&gt;.json)</source>
        <translation>tệp, hoặc thư mục để chứa tệp (contact-&lt;id&gt;.json)</translation>
    </message>
    <message>
        <source>erase a contact&apos;s personal data, keeping history</source>
        <translation>xóa dữ liệu cá nhân của người liên hệ, giữ lại lịch sử</translation>
    </message>
    <message>
        <source>why (kept in the audit trail)</source>
        <translation>lý do (được giữ trong nhật ký kiểm toán)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>không hỏi xác nhận</translation>
    </message>
    <message>
        <source>vCard export is for contacts, not %1.</source>
        <translation>Xuất vCard dành cho người liên hệ, không dành cho %1.</translation>
    </message>
    <message>
        <source>--vcard-version, --account and --split are for vCard exports (--format vcf).</source>
        <translation>--vcard-version, --account và --split dành cho việc xuất vCard (--format vcf).</translation>
    </message>
    <message>
        <source>vCard files hold contacts, not %1.</source>
        <translation>Tệp vCard chứa người liên hệ, không phải %1.</translation>
    </message>
    <message>
        <source>--account is for vCard files (.vcf); a spreadsheet names its accounts.</source>
        <translation>--account dành cho tệp vCard (.vcf); bảng tính tự ghi tên khách hàng của nó.</translation>
    </message>
    <message>
        <source>A vCard file does not say which account its contacts belong to: add --account CODE.</source>
        <translation>Tệp vCard không cho biết người liên hệ thuộc khách hàng nào: hãy thêm --account MÃ.</translation>
    </message>
    <message>
        <source>--map and --default-kind are for spreadsheets, not vCard files.</source>
        <translation>--map và --default-kind dành cho bảng tính, không dành cho tệp vCard.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Không đọc được %1 (%2).</translation>
    </message>
    <message>
        <source>No contact has the name or id &quot;%1&quot;.</source>
        <translation>Không có người liên hệ nào có tên hoặc id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 contacts are called &quot;%2&quot;: %3. Give the id instead.</source>
        <translation>%1 người liên hệ có tên &quot;%2&quot;: %3. Hãy dùng id thay thế.</translation>
    </message>
    <message>
        <source>everything stored about %1 (%2) written to %3</source>
        <translation>mọi dữ liệu đã lưu về %1 (%2) đã ghi vào %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact id; erasure takes the id (contact export-data NAME shows it).</source>
        <translation>&quot;%1&quot; không phải là id người liên hệ; việc xóa cần id (contact export-data TÊN sẽ cho biết id).</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>Không có người liên hệ nào có id %1.</translation>
    </message>
    <message>
        <source>Nothing was erased: the erasure was not confirmed (or add --yes).</source>
        <translation>Không có gì bị xóa: việc xóa chưa được xác nhận (hoặc thêm --yes).</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 (%2)? This cannot be undone. Type &quot;yes&quot; to go on: </source>
        <translation>Xóa dữ liệu cá nhân của %1 (%2)? Thao tác này không thể hoàn tác. Gõ &quot;yes&quot; để tiếp tục: </translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>Không ghi được %1 (%2).</translation>
    </message>
    <message>
        <source>Write the recovery key down or print it and keep it somewhere safe, away from this computer. Without it, the database cannot be opened if this computer&apos;s keyring is lost (a new computer, a reset Windows account). Anyone who has it and the file can read the data.</source>
        <translation>Hãy ghi lại hoặc in khóa khôi phục và cất ở nơi an toàn, tách khỏi máy tính này. Không có nó, cơ sở dữ liệu sẽ không mở được nếu kho khóa (keyring) của máy tính này bị mất (máy tính mới, tài khoản Windows bị đặt lại). Bất kỳ ai có nó và tệp đều đọc được dữ liệu.</translation>
    </message>
    <message>
        <source>encrypt a database file in place (the key goes to the system keyring)</source>
        <translation>mã hóa tệp cơ sở dữ liệu tại chỗ (khóa được lưu vào kho khóa của hệ thống)</translation>
    </message>
    <message>
        <source>turn an encrypted database back into a plain file</source>
        <translation>chuyển cơ sở dữ liệu đã mã hóa trở lại thành tệp thường</translation>
    </message>
    <message>
        <source>the database encryption key: recover, show-recovery</source>
        <translation>khóa mã hóa cơ sở dữ liệu: recover, show-recovery</translation>
    </message>
    <message>
        <source>enter a database&apos;s recovery key and keep it in the system keyring</source>
        <translation>nhập khóa khôi phục của cơ sở dữ liệu và giữ nó trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <source>read the recovery key from stdin, not a prompt</source>
        <translation>đọc khóa khôi phục từ stdin, không hỏi nhập</translation>
    </message>
    <message>
        <source>show the recovery key of the databases encrypted on this computer</source>
        <translation>hiển thị khóa khôi phục của các cơ sở dữ liệu đã mã hóa trên máy tính này</translation>
    </message>
    <message>
        <source>Only database files are encrypted by acct-desktop; a server database is protected by the server&apos;s own encryption.</source>
        <translation>acct-desktop chỉ mã hóa các tệp cơ sở dữ liệu; cơ sở dữ liệu trên máy chủ được bảo vệ bằng mã hóa riêng của máy chủ.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its key is in this computer&apos;s keyring.</source>
        <translation>%1 đã được mã hóa. Khóa của nó nằm trong kho khóa (keyring) của máy tính này.</translation>
    </message>
    <message>
        <source>It is the same recovery key as for the databases you encrypted here before.</source>
        <translation>Đây là cùng khóa khôi phục với các cơ sở dữ liệu bạn đã mã hóa ở đây trước đó.</translation>
    </message>
    <message>
        <source>%1 is no longer encrypted: anyone who can read the file can read its data.</source>
        <translation>%1 không còn được mã hóa: bất kỳ ai đọc được tệp đều đọc được dữ liệu của nó.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Khóa khôi phục: </translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Khóa khôi phục: %1</translation>
    </message>
    <message>
        <source>the month&apos;s figures against plan, trend, execution, issues and focus (PDF)</source>
        <translation>số liệu của tháng so với kế hoạch, xu hướng, thực hiện, vấn đề và trọng tâm (PDF)</translation>
    </message>
    <message>
        <source>this month or an earlier one (this month: to date)</source>
        <translation>tháng này hoặc một tháng trước đó (tháng này: tính đến hôm nay)</translation>
    </message>
    <message>
        <source>this territory and those below it</source>
        <translation>khu vực này và các khu vực bên dưới</translation>
    </message>
    <message>
        <source>language of the PDF (default: the app-wide --lang, else View → Language, else the system&apos;s)</source>
        <translation>ngôn ngữ của PDF (mặc định: --lang đặt trước lệnh, nếu không thì Xem → Ngôn ngữ, nếu không thì ngôn ngữ của hệ thống)</translation>
    </message>
    <message>
        <source>print a month without sales figures all the same (its first page says that none were imported)</source>
        <translation>vẫn in một tháng không có số liệu bán hàng (trang đầu ghi rõ là chưa nhập số liệu nào)</translation>
    </message>
    <message>
        <source>%1 Import the month first (acct-desktop import sales FILE --db DB), or pass --allow-empty to print it anyway.</source>
        <translation>%1 Hãy nhập số liệu của tháng trước (acct-desktop import sales FILE --db DB), hoặc thêm --allow-empty để vẫn in.</translation>
    </message>
    <message>
        <source>the file, or a folder for it (named after the document)</source>
        <translation>tệp, hoặc thư mục để chứa tệp (đặt tên theo tài liệu)</translation>
    </message>
    <message>
        <source>--header-row takes the number of the row that holds the column names, such as 3, not &quot;%1&quot;.</source>
        <translation>--header-row nhận số thứ tự của hàng chứa tên cột, ví dụ 3, không phải “%1”.</translation>
    </message>
    <message>
        <source>%1 %2: %3 has no day %4; it has %5 days.</source>
        <translation>%1 %2: tháng %3 không có ngày %4; tháng này có %5 ngày.</translation>
    </message>
    <message>
        <source>%1 must be a month like %2, not %3.</source>
        <translation>%1 phải là một tháng như %2, không phải %3.</translation>
    </message>
    <message>
        <source>%1 %2: there is no month %3; months are 1 to 12.</source>
        <translation>%1 %2: không có tháng %3; tháng từ 1 đến 12.</translation>
    </message>
    <message>
        <source>%1 %2: there is no year 0.</source>
        <translation>%1 %2: không có năm 0.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>Không ghi được %1 (%2).</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>đã áp dụng</translation>
    </message>
    <message>
        <source>outranked</source>
        <translation>bị chính sách ưu tiên hơn thay thế</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <source>Below floor price</source>
        <translation>Dưới giá sàn</translation>
    </message>
    <message>
        <source>Below minimum markup</source>
        <translation>Dưới tỷ lệ lợi nhuận trên giá vốn tối thiểu</translation>
    </message>
    <message>
        <source>Discount over band</source>
        <translation>Chiết khấu vượt khung</translation>
    </message>
    <message>
        <source>Discount needs approval</source>
        <translation>Chiết khấu cần phê duyệt</translation>
    </message>
    <message>
        <source>a customer&apos;s price for a product, with the policies behind it</source>
        <translation>giá của một sản phẩm cho một khách hàng, kèm các chính sách đằng sau</translation>
    </message>
    <message>
        <source>quantity, e.g. 40</source>
        <translation>số lượng, ví dụ 40</translation>
    </message>
    <message>
        <source>pack (carton), L, mL, kg, g or t</source>
        <translation>pack (thùng), L, mL, kg, g hoặc t</translation>
    </message>
    <message>
        <source>price on this day (default: today)</source>
        <translation>giá vào ngày này (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>default: the account&apos;s currency</source>
        <translation>mặc định: tiền tệ của khách hàng</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>đầu ra cho máy đọc</translation>
    </message>
    <message>
        <source>find overlapping, looping, never-firing or stale price policies (exit 1 if any)</source>
        <translation>tìm các chính sách giá chồng chéo, vòng lặp, không bao giờ áp dụng hoặc đã cũ (thoát với 1 nếu có)</translation>
    </message>
    <message>
        <source>check as of this day (today)</source>
        <translation>kiểm tra tính đến ngày này (hôm nay)</translation>
    </message>
    <message>
        <source>a customer&apos;s price list (its prices, quantity breaks, validity)</source>
        <translation>bảng giá của khách hàng (giá, bậc số lượng, hiệu lực)</translation>
    </message>
    <message>
        <source>prices on this day (today)</source>
        <translation>giá vào ngày này (hôm nay)</translation>
    </message>
    <message>
        <source>%1 must be a number above 0, not %2.</source>
        <translation>%1 phải là một số lớn hơn 0, không phải %2.</translation>
    </message>
    <message>
        <source>--currency must be a three-letter code like EUR, not %1.</source>
        <translation>--currency phải là mã ba chữ cái như EUR, không phải %1.</translation>
    </message>
    <message>
        <source>%1 %2 on %3, in %4</source>
        <translation>%1 %2 vào ngày %3, bằng %4</translation>
    </message>
    <message>
        <source>  price     %1 %2 per %3</source>
        <translation>  giá       %1 %2 mỗi %3</translation>
    </message>
    <message>
        <source>            (%1 %2 per %3 %4 pack)</source>
        <translation>            (%1 %2 mỗi kiện %3 %4)</translation>
    </message>
    <message>
        <source>  total     %1 %2</source>
        <translation>  tổng      %1 %2</translation>
    </message>
    <message>
        <source>  list      %1 %2   (discount %3)</source>
        <translation>  niêm yết  %1 %2   (chiết khấu %3)</translation>
    </message>
    <message>
        <source>  cost      %1 %2   (markup %3)</source>
        <translation>  giá vốn   %1 %2   (tỷ lệ LN/giá vốn %3)</translation>
    </message>
    <message>
        <source>  policy    %1 %2, valid until %3</source>
        <translation>  chính sách %1 %2, hiệu lực đến %3</translation>
    </message>
    <message>
        <source>  policy    %1 %2</source>
        <translation>  chính sách %1 %2</translation>
    </message>
    <message>
        <source>  policy    none applies: the list price stands</source>
        <translation>  chính sách không có chính sách nào áp dụng: giữ giá niêm yết</translation>
    </message>
    <message>
        <source>Policies considered:</source>
        <translation>Các chính sách đã xét:</translation>
    </message>
    <message>
        <source>  none in the register applies to this account and product</source>
        <translation>  không có chính sách nào trong sổ đăng ký áp dụng cho khách hàng và sản phẩm này</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Cảnh báo:</translation>
    </message>
    <message>
        <source>Flags: none</source>
        <translation>Cảnh báo: không có</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>warning: %1 (marked * on the list; see acct-desktop check-register)</source>
        <translation>cảnh báo: %1 (đánh dấu * trên bảng giá; xem acct-desktop check-register)</translation>
    </message>
    <message>
        <source>price list of %1 on %2: %3 products in %4, written to %5</source>
        <translation>bảng giá của %1 ngày %2: %3 sản phẩm bằng %4, đã ghi vào %5</translation>
    </message>
    <message>
        <source>the price-policy register is consistent on %1</source>
        <translation>sổ đăng ký chính sách giá nhất quán vào ngày %1</translation>
    </message>
    <message>
        <source>%1 problem(s) in the price-policy register on %2:</source>
        <translation>%1 vấn đề trong sổ đăng ký chính sách giá vào ngày %2:</translation>
    </message>
    <message>
        <source>list quotes</source>
        <translation>liệt kê báo giá</translation>
    </message>
    <message>
        <source>quotes, newest first, with their totals</source>
        <translation>các báo giá, mới nhất trước, kèm tổng tiền</translation>
    </message>
    <message>
        <source>latest revisions in this status; replaced: the revisions a later one replaced</source>
        <translation>phiên bản mới nhất ở trạng thái này; replaced: các phiên bản đã bị phiên bản sau thay thế</translation>
    </message>
    <message>
        <source>only this account&apos;s quotes</source>
        <translation>chỉ báo giá của khách hàng này</translation>
    </message>
    <message>
        <source>a quote as PDF (its latest revision, or NUMBER R2 for that one)</source>
        <translation>báo giá dạng PDF (bản sửa đổi mới nhất, hoặc SỐ R2 cho bản đó)</translation>
    </message>
    <message>
        <source>the order confirmation of an accepted quote as PDF</source>
        <translation>xác nhận đơn hàng của một báo giá đã được chấp nhận, dạng PDF</translation>
    </message>
    <message>
        <source>Q-2026-7KX-00042 (or … R2)</source>
        <translation>Q-2026-7KX-00042 (hoặc … R2)</translation>
    </message>
    <message>
        <source>that revision (the latest when left out)</source>
        <translation>bản sửa đổi đó (bỏ trống: bản mới nhất)</translation>
    </message>
    <message>
        <source>No quotes match.</source>
        <translation>Không có báo giá nào phù hợp.</translation>
    </message>
    <message>
        <source>“%1” is not a revision; write R2.</source>
        <translation>“%1” không phải là số bản sửa đổi; hãy viết R2.</translation>
    </message>
    <message>
        <source>No quote has the number “%1”.</source>
        <translation>Không có báo giá nào mang số “%1”.</translation>
    </message>
    <message>
        <source>rebate calculations</source>
        <translation>tính chiết khấu</translation>
    </message>
    <message>
        <source>what-if: the rebate on a volume under given terms</source>
        <translation>giả định: chiết khấu trên một doanh số theo các điều khoản cho trước</translation>
    </message>
    <message>
        <source>THRESHOLD:RATE pairs, e.g. &quot;0:1,100000:2,250000:3&quot;</source>
        <translation>các cặp NGƯỠNG:TỶ LỆ, ví dụ &quot;0:1,100000:2,250000:3&quot;</translation>
    </message>
    <message>
        <source>the rate for --kind fixed, e.g. 2.5</source>
        <translation>tỷ lệ cho --kind fixed, ví dụ 2.5</translation>
    </message>
    <message>
        <source>volume (amount) in the period</source>
        <translation>doanh số (số tiền) trong kỳ</translation>
    </message>
    <message>
        <source>same period last year (for --kind growth)</source>
        <translation>cùng kỳ năm trước (cho --kind growth)</translation>
    </message>
    <message>
        <source>%1 is too big: %2.</source>
        <translation>%1 quá lớn: %2.</translation>
    </message>
    <message>
        <source>--percent must be 0 to 100, not %1.</source>
        <translation>--percent phải từ 0 đến 100, không phải %1.</translation>
    </message>
    <message>
        <source>--currency must be a three-letter code such as EUR, CNY or VND, not %1.</source>
        <translation>--currency phải là mã ba chữ cái như EUR, CNY hoặc VND, không phải %1.</translation>
    </message>
    <message>
        <source>rebate: %1 %2</source>
        <translation>chiết khấu: %1 %2</translation>
    </message>
    <message>
        <source>next tier in: %1 %2</source>
        <translation>còn đến bậc tiếp theo: %1 %2</translation>
    </message>
    <message>
        <source>print a rebate statement (tiers, volume to date, accrual, distance to next tier)</source>
        <translation>in bảng kê chiết khấu (các bậc, doanh số đến nay, trích trước, khoảng cách đến bậc tiếp theo)</translation>
    </message>
    <message>
        <source>one agreement, e.g. R-2026-0005</source>
        <translation>một thỏa thuận, ví dụ R-2026-0005</translation>
    </message>
    <message>
        <source>all active agreements of an account</source>
        <translation>mọi thỏa thuận đang hiệu lực của một khách hàng</translation>
    </message>
    <message>
        <source>the statement date: sales and settlements up to it count (default: today)</source>
        <translation>ngày lập bảng kê: doanh số và thanh toán đến ngày đó được tính (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>leave out the chart (prints faster)</source>
        <translation>bỏ biểu đồ (in nhanh hơn)</translation>
    </message>
    <message>
        <source>%1 %2: rebate statement on %3 (%4) written to %5</source>
        <translation>%1 %2: bảng kê chiết khấu ngày %3 (%4) đã ghi vào %5</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>sell_in</source>
        <translation>nhập hàng</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>xuất kho</translation>
    </message>
    <message>
        <source>sell_out</source>
        <translation>bán ra</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>tồn kho</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quý</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>account</source>
        <translation>khách hàng</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>khu vực</translation>
    </message>
    <message>
        <source>category</source>
        <translation>danh mục</translation>
    </message>
    <message>
        <source>product</source>
        <translation>sản phẩm</translation>
    </message>
    <message>
        <source>reports printed to the terminal (sales totals)</source>
        <translation>báo cáo in ra cửa sổ dòng lệnh (tổng doanh số)</translation>
    </message>
    <message>
        <source>exact sales totals per period, account, territory, category or product</source>
        <translation>tổng doanh số chính xác theo kỳ, khách hàng, khu vực, danh mục hoặc sản phẩm</translation>
    </message>
    <message>
        <source>sell_in, outbound, sell_out or stock, or the word for it in your language (default sell_in)</source>
        <translation>sell_in, outbound, sell_out hoặc stock, hoặc từ tương ứng trong ngôn ngữ của bạn (mặc định sell_in)</translation>
    </message>
    <message>
        <source>first day (included)</source>
        <translation>ngày đầu (tính cả)</translation>
    </message>
    <message>
        <source>last day (included)</source>
        <translation>ngày cuối (tính cả)</translation>
    </message>
    <message>
        <source>this account and those below it</source>
        <translation>khách hàng này và các khách hàng bên dưới</translation>
    </message>
    <message>
        <source>exact figures as JSON</source>
        <translation>số liệu chính xác dạng JSON</translation>
    </message>
    <message>
        <source>propose visits for a period, as Plan visits… does (--accept writes them)</source>
        <translation>đề xuất các lượt viếng thăm cho một giai đoạn, như Lập kế hoạch viếng thăm… (--accept ghi chúng vào lịch)</translation>
    </message>
    <message>
        <source>first day (default: this week on a Monday, else next)</source>
        <translation>ngày đầu (mặc định: tuần này nếu hôm nay là thứ Hai, nếu không thì tuần sau)</translation>
    </message>
    <message>
        <source>last day (default: the end of the first day&apos;s week)</source>
        <translation>ngày cuối (mặc định: cuối tuần làm việc của ngày đầu)</translation>
    </message>
    <message>
        <source>whose public holidays take no new visits: NL, VN, CN… or none (default: as Plan visits… last used)</source>
        <translation>ngày lễ của nước nào không nhận lượt viếng thăm mới: NL, VN, CN… hoặc none (mặc định: như lần cuối dùng Lập kế hoạch viếng thăm…)</translation>
    </message>
    <message>
        <source>the country&apos;s region whose holidays apply too (BY…)</source>
        <translation>vùng của nước đó mà ngày lễ cũng được áp dụng (BY…)</translation>
    </message>
    <message>
        <source>more days off, e.g. 2026-12-24,2026-12-28..2026-12-31 (added to those of Plan visits…)</source>
        <translation>thêm ngày nghỉ, vd: 2026-12-24,2026-12-28..2026-12-31 (cộng thêm vào các ngày nghỉ trong Lập kế hoạch viếng thăm…)</translation>
    </message>
    <message>
        <source>plan as at this moment: today&apos;s visits start after it (default: now)</source>
        <translation>lập kế hoạch như tại thời điểm này: các lượt viếng thăm hôm nay bắt đầu sau đó (mặc định: bây giờ)</translation>
    </message>
    <message>
        <source>start each day here (home or office), e.g. 10.7769,106.7009, or first-visit (default: as Plan visits… last used)</source>
        <translation>bắt đầu mỗi ngày từ đây (nhà hoặc văn phòng), vd: 10.7769,106.7009, hoặc first-visit (mặc định: như lần cuối dùng Lập kế hoạch viếng thăm…)</translation>
    </message>
    <message>
        <source>start each day at this account</source>
        <translation>bắt đầu mỗi ngày tại khách hàng này</translation>
    </message>
    <message>
        <source>end each day at its last visit, not back at the start</source>
        <translation>kết thúc mỗi ngày ở lượt viếng thăm cuối, không quay về nơi xuất phát</translation>
    </message>
    <message>
        <source>plan only the accounts of this territory and those below it (repeatable)</source>
        <translation>chỉ lập kế hoạch cho khách hàng của khu vực này và các khu vực cấp dưới (có thể lặp lại)</translation>
    </message>
    <message>
        <source>plan only this account and everything below it (repeatable)</source>
        <translation>chỉ lập kế hoạch cho khách hàng này và mọi đơn vị cấp dưới (có thể lặp lại)</translation>
    </message>
    <message>
        <source>write the proposed visits into the calendar</source>
        <translation>ghi các lượt viếng thăm được đề xuất vào lịch</translation>
    </message>
    <message>
        <source>--to must be on or after --from.</source>
        <translation>--to phải vào hoặc sau --from.</translation>
    </message>
    <message>
        <source>%1 new visit written.</source>
        <translation>Đã ghi %1 lượt viếng thăm mới.</translation>
    </message>
    <message>
        <source>%1 new visits written.</source>
        <translation>Đã ghi %1 lượt viếng thăm mới.</translation>
    </message>
    <message>
        <source>--region needs a country: give --country too.</source>
        <translation>--region cần có nước: hãy cho cả --country.</translation>
    </message>
    <message>
        <source>%1 must be a day and time like %2, not %3.</source>
        <translation>%1 phải là ngày và giờ như %2, không phải %3.</translation>
    </message>
    <message>
        <source>%1 must be a day like %2, not %3.</source>
        <translation>%1 phải là một ngày như %2, không phải %3.</translation>
    </message>
    <message>
        <source>Plan %1 – %2: %3 new, %4 already booked, about %5 km.</source>
        <translation>Kế hoạch %1 – %2: %3 mới, %4 đã đặt, khoảng %5 km.</translation>
    </message>
    <message>
        <source>Official working weekend days, planned as working days: %1</source>
        <translation>Ngày cuối tuần làm bù, lên lịch như ngày làm việc: %1</translation>
    </message>
    <message>
        <source>No new visits on %1 — %2</source>
        <translation>Không có lượt viếng thăm mới vào %1 — %2</translation>
    </message>
    <message>
        <source>Not planned: %1</source>
        <translation>Chưa lên kế hoạch: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 mục khác</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>mọi ngày</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 theo %2, %3</translation>
    </message>
    <message>
        <source>No %1 figures in this selection.</source>
        <translation>Không có số liệu %1 trong lựa chọn này.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>visits: first day</source>
        <translation>viếng thăm: ngày đầu</translation>
    </message>
    <message>
        <source>visits: last day</source>
        <translation>viếng thăm: ngày cuối</translation>
    </message>
    <message>
        <source>visits: time zone of the calendar (default: this computer&apos;s)</source>
        <translation>viếng thăm: múi giờ của lịch (mặc định: của máy tính này)</translation>
    </message>
    <message>
        <source>visits: zone of times without one (default: this computer&apos;s)</source>
        <translation>viếng thăm: múi giờ cho các thời điểm không ghi múi giờ (mặc định: của máy tính này)</translation>
    </message>
    <message>
        <source>visits: import the rest when some events name no account found here (else the file is refused)</source>
        <translation>visits: nhập phần còn lại khi có sự kiện ghi khách hàng không có ở đây (nếu không, tệp bị từ chối)</translation>
    </message>
    <message>
        <source>To import the rest: --skip-unmatched.</source>
        <translation>Để nhập phần còn lại: --skip-unmatched.</translation>
    </message>
    <message>
        <source>Give the days to export: --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Hãy cho biết các ngày cần xuất: --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--format is for spreadsheets and vCards; visits are written as .ics.</source>
        <translation>--format dành cho bảng tính và vCard; các lần viếng thăm được ghi thành .ics.</translation>
    </message>
    <message>
        <source>--account, --vcard-version and --split are for vCard exports.</source>
        <translation>--account, --vcard-version và --split dành cho việc xuất vCard.</translation>
    </message>
    <message>
        <source>%1 visits written to %2</source>
        <translation>%1 lần viếng thăm đã ghi vào %2</translation>
    </message>
    <message>
        <source>--map and --default-kind are for spreadsheets, not calendar files.</source>
        <translation>--map và --default-kind dành cho bảng tính, không dành cho tệp lịch.</translation>
    </message>
    <message>
        <source>--account is for vCard files; a calendar event names its own account.</source>
        <translation>--account dành cho tệp vCard; mỗi sự kiện lịch tự ghi khách hàng của nó.</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>đã bỏ qua %1</translation>
    </message>
    <message>
        <source>… and %1 more skipped</source>
        <translation>… và %1 mục khác bị bỏ qua</translation>
    </message>
    <message>
        <source>the route sheet of each day and a prefilled sheet per planned visit (PDF)</source>
        <translation>lộ trình của mỗi ngày và một phiếu điền sẵn cho mỗi lần viếng thăm đã lên kế hoạch (PDF)</translation>
    </message>
    <message>
        <source>the (first) day</source>
        <translation>ngày (đầu tiên)</translation>
    </message>
    <message>
        <source>the last day (default: --date)</source>
        <translation>ngày cuối (mặc định: --date)</translation>
    </message>
    <message>
        <source>only this account&apos;s visits</source>
        <translation>chỉ các lần viếng thăm của khách hàng này</translation>
    </message>
    <message>
        <source>only your visits (your name from My details) in a team&apos;s database; default: every manager&apos;s, a route each</source>
        <translation>chỉ lượt viếng thăm của bạn (tên trong Thông tin của tôi) trong cơ sở dữ liệu của nhóm; mặc định: của mọi người quản lý, mỗi người một lộ trình</translation>
    </message>
    <message>
        <source>language of the route sheets (default: the app-wide --lang, else the language chosen in the app, else the system&apos;s)</source>
        <translation>ngôn ngữ của bảng lộ trình (mặc định: --lang chung, nếu không thì ngôn ngữ đã chọn trong ứng dụng, nếu không nữa thì ngôn ngữ của hệ thống)</translation>
    </message>
    <message>
        <source>time zone of customers in countries without a known zone (default: this computer&apos;s)</source>
        <translation>múi giờ của khách hàng ở các nước không có múi giờ xác định (mặc định: của máy tính này)</translation>
    </message>
    <message>
        <source>--mine needs your name: run `acct-desktop manager --name … --organisation …` first.</source>
        <translation>--mine cần tên của bạn: hãy chạy `acct-desktop manager --name … --organisation …` trước.</translation>
    </message>
    <message>
        <source>a month the file holds, e.g. 2026-10 (repeatable, or 2026-09,2026-10): rows outside the months named are refused (sales only)</source>
        <translation>một tháng mà tệp có, ví dụ 2026-10 (có thể lặp lại, hoặc 2026-09,2026-10): các dòng ngoài các tháng đã nêu sẽ bị từ chối (chỉ cho số liệu bán hàng)</translation>
    </message>
    <message>
        <source>whose figures the file replaces in its months: file (default: each account&apos;s measures in the file), territory (every account of its accounts&apos; territories) or all (every account); for a corrected file that moves figures between accounts (sales only)</source>
        <translation>tệp thay thế số liệu của ai trong các tháng của tệp: file (mặc định: các chỉ tiêu của từng khách hàng trong tệp), territory (mọi khách hàng thuộc khu vực của các khách hàng trong tệp) hoặc all (mọi khách hàng); dùng cho tệp đã sửa có chuyển số liệu giữa các khách hàng (chỉ cho số liệu bán hàng)</translation>
    </message>
    <message>
        <source>the column read as the amount holds amounts, though its header names a quantity or its numbers equal the quantities (sales only)</source>
        <translation>cột được đọc là số tiền đúng là số tiền, dù tiêu đề là số lượng hoặc các con số bằng số lượng (chỉ cho số liệu bán hàng)</translation>
    </message>
    <message>
        <source>the file has no amounts: its figures, and those it replaces, get amount 0 (refused otherwise when those hold amounts or a column not read holds numbers; sales only)</source>
        <translation>tệp không có số tiền: các số liệu của tệp và các số liệu bị thay thế đều có số tiền 0 (nếu không, sẽ bị từ chối khi các số liệu bị thay thế có số tiền hoặc một cột không được đọc chứa số; chỉ cho số liệu bán hàng)</translation>
    </message>
    <message>
        <source>the file has no quantities: its figures, and those it replaces, get quantity 0 (refused otherwise when those hold quantities or a column not read holds numbers; sales only)</source>
        <translation>tệp không có số lượng: các số liệu của tệp và các số liệu bị thay thế đều có số lượng 0 (nếu không, sẽ bị từ chối khi các số liệu bị thay thế có số lượng hoặc một cột không được đọc chứa số; chỉ cho số liệu bán hàng)</translation>
    </message>
    <message>
        <source>--period takes a month written as 2026-10, not &quot;%1&quot;</source>
        <translation>--period cần một tháng viết dạng 2026-10, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--period: &quot;%1&quot; has no month %2</source>
        <translation>--period: &quot;%1&quot; không có tháng %2</translation>
    </message>
    <message>
        <source>--measure-word takes WORD=MEASURE, such as Verkoop=sell_in, not &quot;%1&quot;</source>
        <translation>--measure-word cần dạng TỪ=CHỈ_TIÊU, ví dụ Verkoop=sell_in, không phải &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Thái độ</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Ảnh hưởng</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Báo cáo cho</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Lần liên hệ cuối</translation>
    </message>
    <message>
        <source>%1 days after signing</source>
        <translation>nhập sau khi ký %1 ngày</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Áp dụng cho</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Guide price</source>
        <translation>Giá hướng dẫn</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>Giá sàn</translation>
    </message>
    <message>
        <source>Min. markup %</source>
        <translation>LN/giá vốn tối thiểu %</translation>
    </message>
    <message>
        <source>Max discount %</source>
        <translation>Chiết khấu tối đa %</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Bậc</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Ngày nhập</translation>
    </message>
    <message>
        <source>Entered late</source>
        <translation>Nhập trễ</translation>
    </message>
    <message>
        <source>Accrued so far</source>
        <translation>Tích lũy đến nay</translation>
    </message>
    <message>
        <source>Tier reached</source>
        <translation>Bậc đã đạt</translation>
    </message>
    <message>
        <source>Still to buy</source>
        <translation>Cần mua thêm</translation>
    </message>
    <message>
        <source>Next tier by</source>
        <translation>Hạn bậc tiếp theo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Bản sửa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Tổng sau chiết khấu</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Lần viếng thăm trước</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Đến hạn tiếp theo</translation>
    </message>
    <message>
        <source>Open issues</source>
        <translation>Vấn đề đang mở</translation>
    </message>
    <message>
        <source>YTD vs target</source>
        <translation>Lũy kế năm so với mục tiêu</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Số ngày trễ</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ngày ghi nhận</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Ghi nhận lúc</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Đối thủ cạnh tranh</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Khuyến mãi</translation>
    </message>
    <message>
        <source>Shelf %</source>
        <translation>Tỷ lệ trưng bày %</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Revenue (12 m)</source>
        <translation>Doanh thu (12 tháng)</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Biên lợi nhuận</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Biên lợi nhuận %</translation>
    </message>
    <message>
        <source>Products bought</source>
        <translation>Sản phẩm đã mua</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>List margin %</source>
        <translation>Biên LN niêm yết %</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>Nhập hàng</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% đạt mục tiêu</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Xuất kho</translation>
    </message>
    <message>
        <source>Sell-out</source>
        <translation>Bán ra</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Danh sách xác nhận</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Người lập</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Mã xác minh</translation>
    </message>
    <message>
        <source>Stamped on</source>
        <translation>Ngày đóng dấu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>Chênh lệch %</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Bỏ lỡ</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% thực hiện</translation>
    </message>
    <message>
        <source>Cycle (days)</source>
        <translation>Chu kỳ (ngày)</translation>
    </message>
    <message>
        <source>Cycle from</source>
        <translation>Nguồn chu kỳ</translation>
    </message>
    <message>
        <source>Last done visit</source>
        <translation>Lần viếng thăm đã thực hiện gần nhất</translation>
    </message>
    <message>
        <source>Within cycle</source>
        <translation>Trong chu kỳ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Ngày ghi nhận</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>Xử lý đầu tiên</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Thành công</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Ngày yêu cầu</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Accrued</source>
        <translation>Đã tích lũy</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Còn phải trả</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>Đã mua lại</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Người quản lý</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Số khách hàng</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>So với kế hoạch</translation>
    </message>
</context>
<context>
    <name>copyRows</name>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Sao chép cả bảng</translation>
    </message>
</context>
<context>
    <name>discrepancy</name>
    <message>
        <source>Out of stock / short delivery</source>
        <translation>Hết hàng / giao thiếu</translation>
    </message>
    <message>
        <source>Too much stock in the channel</source>
        <translation>Tồn kho quá mức trong kênh</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Competitor activity</source>
        <translation>Hoạt động của đối thủ</translation>
    </message>
    <message>
        <source>Promotion (late, missed, ended)</source>
        <translation>Khuyến mãi (trễ, bỏ lỡ, đã kết thúc)</translation>
    </message>
    <message>
        <source>Logistics / delivery</source>
        <translation>Hậu cần / giao hàng</translation>
    </message>
    <message>
        <source>Listing / range change</source>
        <translation>Niêm yết / thay đổi danh mục hàng</translation>
    </message>
    <message>
        <source>Season or weather</source>
        <translation>Mùa vụ hoặc thời tiết</translation>
    </message>
    <message>
        <source>Data error (ERP or target)</source>
        <translation>Sai số liệu (ERP hoặc mục tiêu)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Đã có biện pháp</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>%1 %2, no target</source>
        <translation>%1 %2, chưa có mục tiêu</translation>
    </message>
    <message>
        <source>%1 of %3 %2 planned</source>
        <translation>%1 trên %3 %2 theo kế hoạch</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 (tính đến %2)</translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <source>Account tree</source>
        <translation>Cây khách hàng</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Contact map</source>
        <translation>Sơ đồ liên hệ</translation>
    </message>
    <message>
        <source>Customer issues</source>
        <translation>Vấn đề khách hàng</translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>Bảng điều khiển KPI</translation>
    </message>
    <message>
        <source>Plan vs actual</source>
        <translation>Kế hoạch và thực hiện</translation>
    </message>
    <message>
        <source>Price policies and rebates</source>
        <translation>Chính sách giá và chiết khấu</translation>
    </message>
    <message>
        <source>Quote builder</source>
        <translation>Trình tạo báo giá</translation>
    </message>
    <message>
        <source>Visit calendar</source>
        <translation>Lịch viếng thăm</translation>
    </message>
</context>
<context>
    <name>globalSearch</name>
    <message>
        <source>Accounts</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Báo giá</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Danh sách xác nhận</translation>
    </message>
</context>
<context>
    <name>importFields</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Parent account code</source>
        <translation>Mã khách hàng cấp trên</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Đường</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quận/huyện</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Mã quốc gia</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Điều kiện thanh toán</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Hạn mức tín dụng</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Ngôn ngữ chứng từ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Chiến lược</translation>
    </message>
    <message>
        <source>Purchasing policy</source>
        <translation>Chính sách mua hàng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Account code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>Messenger ID</source>
        <translation>ID nhắn tin</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>Vai trò trong quyết định</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Thái độ</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Ảnh hưởng</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Báo cáo cho</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Thành tiền</translation>
    </message>
</context>
<context>
    <name>issues</name>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · quá hạn</translation>
    </message>
    <message>
        <source>%1 (customer)</source>
        <translation>%1 (khách hàng)</translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Từ đầu năm đến nay</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 tháng gần nhất</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Đọc lại số liệu (F5)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <source>Open a database to see the KPIs.</source>
        <translation>Mở cơ sở dữ liệu để xem KPI.</translation>
    </message>
    <message>
        <source>Current account and below</source>
        <translation>Khách hàng hiện tại và cấp dưới</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Territory %1</source>
        <translation>Khu vực %1</translation>
    </message>
    <message>
        <source>Choose an account in the tree, or pick Everything as the scope.</source>
        <translation>Hãy chọn một khách hàng trong cây, hoặc chọn Tất cả làm phạm vi.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Không đọc được số liệu: %1</translation>
    </message>
    <message>
        <source>No sales imported yet — File → Import sales…</source>
        <translation>Chưa nhập số liệu bán hàng — Tệp → Nhập số liệu bán hàng…</translation>
    </message>
    <message>
        <source>Click to see the rows behind the chart</source>
        <translation>Nhấp để xem các dòng chi tiết của biểu đồ</translation>
    </message>
    <message>
        <source>no manager</source>
        <translation>chưa có người quản lý</translation>
    </message>
    <message>
        <source>not in yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Nothing was counted for this period.</source>
        <translation>Không có số liệu nào cho kỳ này.</translation>
    </message>
    <message>
        <source>Sell-in vs target</source>
        <translation>Nhập hàng so với mục tiêu</translation>
    </message>
    <message>
        <source>Warehouses behind plan</source>
        <translation>Kho chậm kế hoạch</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>Lượt viếng thăm đã thực hiện</translation>
    </message>
    <message>
        <source>Accounts within their visit cycle</source>
        <translation>Khách hàng trong chu kỳ viếng thăm</translation>
    </message>
    <message>
        <source>Issues closed on time</source>
        <translation>Vấn đề đóng đúng hạn</translation>
    </message>
    <message>
        <source>Quote win rate</source>
        <translation>Tỷ lệ báo giá thành công</translation>
    </message>
    <message>
        <source>Open quote pipeline</source>
        <translation>Giá trị báo giá đang mở</translation>
    </message>
    <message>
        <source>Rebates still owed</source>
        <translation>Chiết khấu còn phải trả</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>Chỉ số khách hàng giới thiệu (NPS)</translation>
    </message>
    <message>
        <source>Days to act on an issue</source>
        <translation>Số ngày để xử lý vấn đề</translation>
    </message>
    <message>
        <source>Days to send a quote</source>
        <translation>Số ngày để gửi báo giá</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>Khách hàng quay lại</translation>
    </message>
    <message>
        <source>Accounts per manager</source>
        <translation>Số khách hàng mỗi người quản lý</translation>
    </message>
    <message>
        <source>Within cycle</source>
        <translation>Trong chu kỳ</translation>
    </message>
    <message>
        <source>Issues on time</source>
        <translation>Vấn đề đúng hạn</translation>
    </message>
    <message>
        <source>Quotes won</source>
        <translation>Báo giá thành công</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>nothing requested in this period</source>
        <translation>không có yêu cầu nào trong kỳ này</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 answered, %2 still waiting</source>
        <translation>%1 đã trả lời, %2 còn chờ</translation>
    </message>
    <message>
        <source>plan to date %1; import the ERP&apos;s sales</source>
        <translation>kế hoạch đến nay %1; hãy nhập số liệu bán hàng từ ERP</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Chưa có mục tiêu</translation>
    </message>
    <message>
        <source>sell-in %1</source>
        <translation>nhập hàng %1</translation>
    </message>
    <message>
        <source>sell-in %1, figures to %2</source>
        <translation>nhập hàng %1, số liệu đến %2</translation>
    </message>
    <message>
        <source>%1: no figures yet</source>
        <translation>%1: chưa có số liệu</translation>
    </message>
    <message>
        <source>no outbound targets in this scope</source>
        <translation>không có mục tiêu xuất kho trong phạm vi này</translation>
    </message>
    <message>
        <source>no outbound of this period in yet</source>
        <translation>chưa có số liệu xuất kho của kỳ này</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <source>furthest behind: %1 %2 on outbound</source>
        <translation>chậm nhất: %1, xuất kho %2</translation>
    </message>
    <message>
        <source>outbound on or ahead of plan</source>
        <translation>xuất kho đúng hoặc vượt kế hoạch</translation>
    </message>
    <message>
        <source>accounts: %1 · managers: %2 · without a manager: %3</source>
        <translation>khách hàng: %1 · người quản lý: %2 · chưa có người quản lý: %3</translation>
    </message>
    <message>
        <source>%1 of %2 planned visits done</source>
        <translation>Đã thực hiện %1 trên %2 lượt viếng thăm theo kế hoạch</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%1 trên %2 khách hàng</translation>
    </message>
    <message>
        <source>no visits recorded yet: nothing to measure</source>
        <translation>chưa ghi nhận chuyến thăm nào: chưa có gì để đo</translation>
    </message>
    <message>
        <source>%1 of %2 due; %3 open past deadline</source>
        <translation>%1 trên %2 đến hạn; %3 còn mở đã quá hạn</translation>
    </message>
    <message>
        <source>%1 won, %2 lost</source>
        <translation>%1 thành công, %2 thất bại</translation>
    </message>
    <message>
        <source>%1 quotes open</source>
        <translation>%1 báo giá đang mở</translation>
    </message>
    <message>
        <source>accrued %1</source>
        <translation>đã tích lũy %1</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 câu trả lời</translation>
    </message>
    <message>
        <source>no survey answers</source>
        <translation>chưa có câu trả lời khảo sát</translation>
    </message>
    <message>
        <source>%1 bought in the period before</source>
        <translation>%1 khách đã mua ở kỳ trước</translation>
    </message>
    <message>
        <source>%1 of %2 bought again</source>
        <translation>%1 trên %2 đã mua lại</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>Nhập hàng</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% đạt mục tiêu</translation>
    </message>
    <message>
        <source>No accounts to rank</source>
        <translation>Không có khách hàng để xếp hạng</translation>
    </message>
    <message>
        <source>No sell-in of this period in yet: nobody to rank</source>
        <translation>Chưa có số liệu nhập hàng của kỳ này: chưa thể xếp hạng</translation>
    </message>
    <message>
        <source>Nothing to measure in this period</source>
        <translation>Không có gì để đo trong kỳ này</translation>
    </message>
    <message>
        <source>No survey answers</source>
        <translation>Chưa có câu trả lời khảo sát</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Người ủng hộ (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Người trung lập (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Người phản đối (0–6)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Số khách hàng</translation>
    </message>
    <message>
        <source>Sell-in against target: best and worst accounts</source>
        <translation>Nhập hàng so với mục tiêu: khách hàng tốt nhất và kém nhất</translation>
    </message>
    <message>
        <source>Outbound against target: warehouses, furthest behind first</source>
        <translation>Xuất kho so với mục tiêu: các kho, chậm nhất xếp trước</translation>
    </message>
    <message>
        <source>Sell-in and monthly sell-in targets of the 12 months ending %2, per currency.</source>
        <translation>Nhập hàng và mục tiêu nhập hàng hằng tháng của 12 tháng kết thúc vào %2, theo từng loại tiền.</translation>
    </message>
    <message>
        <source>Accounts with a sell-in target, against the sell-in of the account and everything below it, %1 – %2 (without targets: by sell-in). Best first. Behind plan: more than %3 below target; ahead: more than %4 above (as in Plan vs actual).</source>
        <translation>Khách hàng có mục tiêu nhập hàng, so với nhập hàng của khách hàng đó và mọi cấp dưới, %1 – %2 (không có mục tiêu: theo nhập hàng). Tốt nhất xếp trước. Chậm kế hoạch: thấp hơn mục tiêu quá %3; vượt kế hoạch: cao hơn quá %4 (như trong Kế hoạch và thực hiện).</translation>
    </message>
    <message>
        <source>Accounts with an outbound target (distribution centres, branch warehouses), against the outbound of the account and everything below it, %1 – %2. Furthest behind first. Behind plan: more than %3 below target; ahead: more than %4 above (as in Plan vs actual).</source>
        <translation>Khách hàng có mục tiêu xuất kho (trung tâm phân phối, kho chi nhánh), so với xuất kho của khách hàng đó và mọi cấp dưới, %1 – %2. Chậm nhất xếp trước. Chậm kế hoạch: thấp hơn mục tiêu quá %3; vượt kế hoạch: cao hơn quá %4 (như trong Kế hoạch và thực hiện).</translation>
    </message>
    <message>
        <source>Visits planned %1 – %2 (planned, done or missed; cancelled ones left out), by account.</source>
        <translation>Lượt viếng thăm lên lịch %1 – %2 (đã lên lịch, đã thực hiện hoặc bỏ lỡ; không tính lượt đã hủy), theo khách hàng.</translation>
    </message>
    <message>
        <source>Each active account&apos;s cycle (its own, else its tier&apos;s, else 28 days) and whether its last done visit lies within it on %2.</source>
        <translation>Chu kỳ của từng khách hàng đang hoạt động (chu kỳ riêng, nếu không có thì theo hạng, nếu không nữa thì 28 ngày) và lần viếng thăm đã thực hiện gần nhất có nằm trong chu kỳ vào ngày %2 hay không.</translation>
    </message>
    <message>
        <source>Issues whose deadline fell %1 – %2; on time = resolved or verified by the deadline.</source>
        <translation>Vấn đề có thời hạn trong khoảng %1 – %2; đúng hạn = đã giải quyết hoặc xác minh trước thời hạn.</translation>
    </message>
    <message>
        <source>Issues raised %1 – %2 and the day they were first acted on (empty: not yet).</source>
        <translation>Vấn đề ghi nhận %1 – %2 và ngày được xử lý lần đầu (trống: chưa xử lý).</translation>
    </message>
    <message>
        <source>Quotes decided %1 – %2: won = accepted or ordered; lost = rejected or expired.</source>
        <translation>Báo giá được quyết định %1 – %2: thành công = được chấp nhận hoặc đã đặt hàng; thất bại = bị từ chối hoặc hết hạn.</translation>
    </message>
    <message>
        <source>Quotes pending approval, approved or sent, now (net of line discounts).</source>
        <translation>Báo giá đang chờ phê duyệt, đã phê duyệt hoặc đã gửi, tại thời điểm hiện tại (sau chiết khấu dòng).</translation>
    </message>
    <message>
        <source>Quotes requested %1 – %2 and the day they were sent (empty: not yet).</source>
        <translation>Báo giá được yêu cầu %1 – %2 và ngày gửi (trống: chưa gửi).</translation>
    </message>
    <message>
        <source>Active and closed rebate agreements on %2: accrued, settled and still owed.</source>
        <translation>Thỏa thuận chiết khấu đang hiệu lực và đã đóng vào ngày %2: đã tích lũy, đã thanh toán và còn phải trả.</translation>
    </message>
    <message>
        <source>Recommendation answers (0–10) at done visits %1 – %2.</source>
        <translation>Câu trả lời về mức độ sẵn lòng giới thiệu (0–10) tại các lượt viếng thăm đã thực hiện %1 – %2.</translation>
    </message>
    <message>
        <source>Accounts with sell-in in the previous period, and whether they bought again.</source>
        <translation>Khách hàng có nhập hàng trong kỳ trước và việc họ có mua lại hay không.</translation>
    </message>
    <message>
        <source>Active accounts by their territory&apos;s manager.</source>
        <translation>Khách hàng đang hoạt động theo người quản lý khu vực của họ.</translation>
    </message>
    <message>
        <source>Best and worst accounts</source>
        <translation>Khách hàng tốt nhất và kém nhất</translation>
    </message>
    <message>
        <source>● on track</source>
        <translation>● đúng tiến độ</translation>
    </message>
    <message>
        <source>▲ watch</source>
        <translation>▲ cần theo dõi</translation>
    </message>
    <message>
        <source>▼ behind</source>
        <translation>▼ chậm</translation>
    </message>
    <message>
        <source>▼ behind plan</source>
        <translation>▼ chậm kế hoạch</translation>
    </message>
    <message>
        <source>● on plan</source>
        <translation>● đúng kế hoạch</translation>
    </message>
    <message>
        <source>▲ ahead of plan</source>
        <translation>▲ vượt kế hoạch</translation>
    </message>
    <message>
        <source>Click to see the rows behind it</source>
        <translation>Nhấp để xem các dòng chi tiết</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Headquarters</source>
        <translation>Trụ sở chính</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Văn phòng khu vực</translation>
    </message>
    <message>
        <source>Distribution centre</source>
        <translation>Trung tâm phân phối</translation>
    </message>
    <message>
        <source>Branch warehouse</source>
        <translation>Kho chi nhánh</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Xưởng sửa chữa</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Nhà phân phối</translation>
    </message>
    <message>
        <source>Chain store</source>
        <translation>Chuỗi cửa hàng</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Đội xe</translation>
    </message>
    <message>
        <source>Industrial</source>
        <translation>Công nghiệp</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Người ảnh hưởng</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Người mua hàng</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Người gác cổng</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Chuyên môn kỹ thuật</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ủng hộ nhiệt thành</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Ủng hộ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Trung lập</translation>
    </message>
    <message>
        <source>Sceptic</source>
        <translation>Hoài nghi</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Phản đối</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>Ảnh hưởng đến</translation>
    </message>
    <message>
        <source>Allied with</source>
        <translation>Liên minh với</translation>
    </message>
    <message>
        <source>In conflict with</source>
        <translation>Mâu thuẫn với</translation>
    </message>
    <message>
        <source>Knows</source>
        <translation>Quen biết</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Chăm sóc khách hàng</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra cửa hàng</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hướng dẫn kinh doanh</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Bỏ lỡ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hiệu lực</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Fixed %</source>
        <translation>Tỷ lệ % cố định</translation>
    </message>
    <message>
        <source>Whole-volume tiers</source>
        <translation>Bậc toàn phần</translation>
    </message>
    <message>
        <source>Banded tiers</source>
        <translation>Lũy tiến từng phần</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Tăng trưởng</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Đã đặt hàng</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Đã chấm dứt</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Giá cố định</translation>
    </message>
    <message>
        <source>Percent discount</source>
        <translation>Chiết khấu theo phần trăm</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Công thức</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Giá niêm yết</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Giá vốn</translation>
    </message>
    <message>
        <source>Another policy</source>
        <translation>Chính sách khác</translation>
    </message>
    <message>
        <source>Passenger car engine oil</source>
        <translation>Dầu động cơ xe du lịch</translation>
    </message>
    <message>
        <source>Heavy-duty diesel oil</source>
        <translation>Dầu động cơ diesel tải nặng</translation>
    </message>
    <message>
        <source>Motorcycle oil</source>
        <translation>Dầu nhớt xe máy</translation>
    </message>
    <message>
        <source>Gear oil</source>
        <translation>Dầu hộp số</translation>
    </message>
    <message>
        <source>Automatic transmission fluid</source>
        <translation>Dầu hộp số tự động</translation>
    </message>
    <message>
        <source>Hydraulic oil</source>
        <translation>Dầu thủy lực</translation>
    </message>
    <message>
        <source>Grease</source>
        <translation>Mỡ bôi trơn</translation>
    </message>
    <message>
        <source>Coolant</source>
        <translation>Nước làm mát</translation>
    </message>
    <message>
        <source>Industrial oil</source>
        <translation>Dầu công nghiệp</translation>
    </message>
    <message>
        <source>Brake fluid</source>
        <translation>Dầu phanh</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Tất cả sản phẩm</translation>
    </message>
    <message>
        <source>Discount over band</source>
        <translation>Chiết khấu vượt khung</translation>
    </message>
    <message>
        <source>Below minimum markup</source>
        <translation>Dưới tỷ lệ lợi nhuận trên giá vốn tối thiểu</translation>
    </message>
    <message>
        <source>Below floor price</source>
        <translation>Dưới giá sàn</translation>
    </message>
    <message>
        <source>Discount needs approval</source>
        <translation>Chiết khấu cần phê duyệt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Rebate / cash back</source>
        <translation>Hoàn tiền chiết khấu</translation>
    </message>
    <message>
        <source>Defective products</source>
        <translation>Hàng lỗi</translation>
    </message>
    <message>
        <source>Packaging version</source>
        <translation>Phiên bản bao bì</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Kế toán, công nợ</translation>
    </message>
    <message>
        <source>Promotion expenses</source>
        <translation>Chi phí khuyến mãi</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Giao hàng</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Giá cả</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Bên ta</translation>
    </message>
    <message>
        <source>Customer&apos;s</source>
        <translation>Bên khách hàng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation>Hạn mức tín dụng không được âm.</translation>
    </message>
    <message>
        <source>Payment terms are limited to %1 characters.</source>
        <translation>Điều kiện thanh toán tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Khách hàng này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Someone archived this account since you opened it; your change was not saved. Your text is kept: Restore the account (at the top of this card) and Save again, or choose another account to leave it archived.</source>
        <translation>Có người đã lưu trữ khách hàng này sau khi bạn mở nó; thay đổi của bạn chưa được lưu. Nội dung bạn nhập vẫn được giữ: hãy Khôi phục khách hàng (ở đầu thẻ này) rồi Lưu lại, hoặc chọn khách hàng khác để giữ nguyên trạng thái lưu trữ.</translation>
    </message>
    <message>
        <source>Someone changed this account since you opened it. Your text is kept: reload the account (F5), check your changes over the new version and Save again.</source>
        <translation>Có người đã thay đổi khách hàng này từ khi bạn mở. Nội dung bạn nhập vẫn được giữ: hãy tải lại khách hàng (F5), kiểm tra các thay đổi của bạn trên phiên bản mới rồi Lưu lại.</translation>
    </message>
    <message>
        <source>A credit limit in %1 has no decimals.</source>
        <translation>Hạn mức tín dụng bằng %1 không có phần thập phân.</translation>
    </message>
    <message>
        <source>A credit limit in %1 has at most %2 decimals.</source>
        <translation>Hạn mức tín dụng bằng %1 có tối đa %2 chữ số thập phân.</translation>
    </message>
    <message>
        <source>%1 has %2 active accounts below it; archive them with it, or move them first.</source>
        <translation>%1 còn %2 khách hàng đang hoạt động bên dưới; hãy lưu trữ chúng cùng lúc, hoặc chuyển chúng đi trước.</translation>
    </message>
    <message>
        <source>Every account needs a code.</source>
        <translation>Mỗi khách hàng cần có mã.</translation>
    </message>
    <message>
        <source>A code has at most 40 characters.</source>
        <translation>Mã tối đa 40 ký tự.</translation>
    </message>
    <message>
        <source>A code cannot hold a tab or an invisible character.</source>
        <translation>Mã không được chứa ký tự tab hoặc ký tự ẩn.</translation>
    </message>
    <message>
        <source>Code %1 is already used by another account.</source>
        <translation>Mã %1 đã được khách hàng khác sử dụng.</translation>
    </message>
    <message>
        <source>Every account needs a name.</source>
        <translation>Mỗi khách hàng cần có tên.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90.</source>
        <translation>Vĩ độ phải nằm trong khoảng -90 đến 90.</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180.</source>
        <translation>Kinh độ phải nằm trong khoảng -180 đến 180.</translation>
    </message>
    <message>
        <source>Give both coordinates, or neither.</source>
        <translation>Nhập cả hai tọa độ, hoặc không nhập cả hai.</translation>
    </message>
    <message>
        <source>That does not look like an e-mail address.</source>
        <translation>Đây không giống một địa chỉ email.</translation>
    </message>
    <message>
        <source>The chosen parent account does not exist.</source>
        <translation>Khách hàng cấp trên đã chọn không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is archived; restore it first or choose another parent.</source>
        <translation>%1 đã được lưu trữ; hãy khôi phục trước hoặc chọn cấp trên khác.</translation>
    </message>
    <message>
        <source>%1 is this account or sits below it; that would make a loop.</source>
        <translation>%1 chính là khách hàng này hoặc nằm dưới nó; như vậy sẽ tạo thành vòng lặp.</translation>
    </message>
    <message>
        <source>A %1 cannot be at the top level.</source>
        <translation>%1 không thể ở cấp cao nhất.</translation>
    </message>
    <message>
        <source>A %1 cannot sit under a %2.</source>
        <translation>%1 không thể nằm dưới %2.</translation>
    </message>
    <message>
        <source>Someone archived this account since you opened it. Your text is kept: restore the account (Account → Restore, or Restore on its card) and open the form again.</source>
        <translation>Có người đã lưu trữ khách hàng này sau khi bạn mở. Nội dung bạn nhập vẫn được giữ: hãy khôi phục khách hàng (Khách hàng → Khôi phục, hoặc nút Khôi phục trên thẻ) rồi mở lại biểu mẫu.</translation>
    </message>
    <message>
        <source>Someone changed this account since you opened it. Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>Có người đã sửa khách hàng này sau khi bạn mở. Nội dung bạn nhập vẫn được giữ: hãy đóng biểu mẫu và mở lại để thấy thay đổi của họ cùng nội dung của bạn.</translation>
    </message>
    <message>
        <source>%1 is archived; restore it first, then this account.</source>
        <translation>%1 đã được lưu trữ; hãy khôi phục nó trước, rồi mới đến khách hàng này.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Người liên hệ này không còn tồn tại.</translation>
    </message>
    <message>
        <source>A person cannot be linked to themselves.</source>
        <translation>Không thể liên kết một người với chính họ.</translation>
    </message>
    <message>
        <source>Link people of the same customer (or its group).</source>
        <translation>Hãy liên kết những người của cùng một khách hàng (hoặc tập đoàn của khách hàng đó).</translation>
    </message>
    <message>
        <source>These two are already linked this way.</source>
        <translation>Hai người này đã được liên kết theo cách này.</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>Mỗi người liên hệ cần có tên.</translation>
    </message>
    <message>
        <source>Keep the name under 200 characters.</source>
        <translation>Tên phải dưới 200 ký tự.</translation>
    </message>
    <message>
        <source>That does not look like an e-mail address (name@company.com).</source>
        <translation>Đây không giống một địa chỉ email (name@company.com).</translation>
    </message>
    <message>
        <source>Influence is 1 (little) to 5 (decisive).</source>
        <translation>Mức ảnh hưởng từ 1 (ít) đến 5 (quyết định).</translation>
    </message>
    <message>
        <source>The last contact cannot be in the future.</source>
        <translation>Lần liên hệ gần nhất không thể ở tương lai.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Khách hàng không còn tồn tại.</translation>
    </message>
    <message>
        <source>That person is no longer a contact.</source>
        <translation>Người này không còn là người liên hệ.</translation>
    </message>
    <message>
        <source>Choose a manager at this customer (or its group).</source>
        <translation>Hãy chọn cấp trên tại khách hàng này (hoặc tập đoàn của khách hàng đó).</translation>
    </message>
    <message>
        <source>That would make a reporting loop: %1.</source>
        <translation>Như vậy sẽ tạo thành vòng báo cáo: %1.</translation>
    </message>
    <message>
        <source>A discrepancy form is about a whole month.</source>
        <translation>Phiếu phân tích chênh lệch áp dụng cho cả một tháng.</translation>
    </message>
    <message>
        <source>Write what the figures and the visit showed.</source>
        <translation>Hãy ghi lại những gì số liệu và lượt viếng thăm cho thấy.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Name who takes the action.</source>
        <translation>Hãy ghi tên người thực hiện biện pháp.</translation>
    </message>
    <message>
        <source>Give the action a deadline.</source>
        <translation>Hãy đặt thời hạn cho biện pháp.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the month analysed.</source>
        <translation>Thời hạn không thể trước tháng được phân tích.</translation>
    </message>
    <message>
        <source>Say what action was taken before marking it taken or closed.</source>
        <translation>Hãy nêu biện pháp đã thực hiện trước khi đánh dấu là đã thực hiện hoặc đã đóng.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Khách hàng đó không còn tồn tại.</translation>
    </message>
    <message>
        <source>Someone changed this discrepancy form since you opened it. Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>Có người đã sửa phiếu phân tích chênh lệch này sau khi bạn mở. Nội dung bạn nhập vẫn được giữ: hãy đóng biểu mẫu và mở lại để thấy thay đổi của họ cùng nội dung của bạn.</translation>
    </message>
    <message>
        <source>That discrepancy form no longer exists.</source>
        <translation>Phiếu phân tích chênh lệch đó không còn tồn tại.</translation>
    </message>
    <message>
        <source>Write the action, who takes it and by when before making it an issue.</source>
        <translation>Hãy ghi biện pháp, người thực hiện và thời hạn trước khi chuyển thành vấn đề.</translation>
    </message>
    <message>
        <source>Describe the problem in the customer&apos;s words.</source>
        <translation>Hãy mô tả vấn đề bằng lời của khách hàng.</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>Mô tả tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Name the person responsible for resolving it.</source>
        <translation>Hãy ghi tên người phụ trách giải quyết.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Tên tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>An issue cannot be raised in the future.</source>
        <translation>Không thể ghi nhận vấn đề vào một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the day the issue was raised.</source>
        <translation>Thời hạn không thể trước ngày ghi nhận vấn đề.</translation>
    </message>
    <message>
        <source>Say how it was resolved before marking it resolved or verified.</source>
        <translation>Hãy nêu cách giải quyết trước khi đánh dấu là đã giải quyết hoặc đã xác minh.</translation>
    </message>
    <message>
        <source>Someone changed issue %1 since you opened it. Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>Có người đã sửa vấn đề %1 sau khi bạn mở. Nội dung bạn nhập vẫn được giữ: hãy đóng biểu mẫu và mở lại để thấy thay đổi của họ cùng nội dung của bạn.</translation>
    </message>
    <message>
        <source>This issue no longer exists.</source>
        <translation>Vấn đề này không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 is archived; restore it first.</source>
        <translation>%1 đã được lưu trữ; hãy khôi phục nó trước.</translation>
    </message>
    <message>
        <source>That visit does not belong to this account.</source>
        <translation>Lượt viếng thăm đó không thuộc khách hàng này.</translation>
    </message>
    <message>
        <source>An issue raised at a visit cannot be dated before the visit (%1).</source>
        <translation>Vấn đề nêu ra trong buổi thăm không thể ghi ngày trước buổi thăm (%1).</translation>
    </message>
    <message>
        <source>Another quote took this number at the same moment and the retries ran out; try again. If it keeps happening, two laptops share the device code — change yours under Tools → My details.</source>
        <translation>Một báo giá khác đã lấy số này cùng lúc và đã hết lượt thử lại; hãy thử lại. Nếu việc này cứ lặp lại, hai máy tính xách tay đang dùng chung mã thiết bị — hãy đổi mã của bạn trong Công cụ → Thông tin của tôi.</translation>
    </message>
    <message>
        <source>Line %1: no product has the SKU “%2”.</source>
        <translation>Dòng %1: không có sản phẩm nào có SKU “%2”.</translation>
    </message>
    <message>
        <source>The unit is pack, L or kg.</source>
        <translation>Đơn vị là pack, L hoặc kg.</translation>
    </message>
    <message>
        <source>pack, L or kg</source>
        <translation>pack, L hoặc kg</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Hãy đặt tên cho mẫu.</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Hãy đặt tên.</translation>
    </message>
    <message>
        <source>The quote has no lines to keep.</source>
        <translation>Báo giá không có dòng nào để lưu.</translation>
    </message>
    <message>
        <source>This template no longer exists.</source>
        <translation>Mẫu này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Only a draft can be discarded.</source>
        <translation>Chỉ bản nháp mới có thể hủy bỏ.</translation>
    </message>
    <message>
        <source>This quote no longer exists.</source>
        <translation>Báo giá này không còn tồn tại.</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>Dòng này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Revision R%1 replaces this one; edit that revision instead.</source>
        <translation>Bản sửa đổi R%1 đã thay thế bản này; hãy chỉnh sửa bản sửa đổi đó.</translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Không có gì để thêm.</translation>
    </message>
    <message>
        <source>“%1” is not a unit; use pack, L or kg.</source>
        <translation>“%1” không phải là đơn vị; hãy dùng pack, L hoặc kg.</translation>
    </message>
    <message>
        <source>A quote holds at most %1 lines.</source>
        <translation>Một báo giá có tối đa %1 dòng.</translation>
    </message>
    <message>
        <source>This quote has been sent; revise it (Quote → Revise) to change anything.</source>
        <translation>Báo giá này đã được gửi; muốn thay đổi, hãy sửa đổi nó (Báo giá → Sửa đổi).</translation>
    </message>
    <message>
        <source>This quote became an order and is locked.</source>
        <translation>Báo giá này đã thành đơn hàng và bị khóa.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be changed; revise it.</source>
        <translation>Báo giá ở trạng thái “%1” không thể thay đổi; hãy sửa đổi nó.</translation>
    </message>
    <message>
        <source>Enter the date the quote is valid until.</source>
        <translation>Hãy nhập ngày báo giá còn hiệu lực đến.</translation>
    </message>
    <message>
        <source>A quote cannot expire before the day it is made.</source>
        <translation>Báo giá không thể hết hạn trước ngày lập.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Hãy nhập ngày.</translation>
    </message>
    <message>
        <source>The delivery date is before the quote&apos;s date.</source>
        <translation>Ngày giao hàng trước ngày báo giá.</translation>
    </message>
    <message>
        <source>The quantity must be a number.</source>
        <translation>Số lượng phải là một số.</translation>
    </message>
    <message>
        <source>A line holds at most %1; split larger orders.</source>
        <translation>Mỗi dòng tối đa %1; hãy chia đơn hàng lớn hơn thành nhiều dòng.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>Số lượng phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>The quantity is kept with three decimals: at least %1.</source>
        <translation>Số lượng được lưu với ba chữ số thập phân: tối thiểu %1.</translation>
    </message>
    <message>
        <source>Prices and costs cannot be negative.</source>
        <translation>Giá và giá vốn không được âm.</translation>
    </message>
    <message>
        <source>The discount must be between 0 and %2, not %1.</source>
        <translation>Chiết khấu phải từ 0 đến %2, không phải %1.</translation>
    </message>
    <message>
        <source>The quote discount must be between 0 and %2, not %1.</source>
        <translation>Chiết khấu của báo giá phải từ 0 đến %2, không phải %1.</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and %2, not %1.</source>
        <translation>Thuế suất phải từ 0 đến %2, không phải %1.</translation>
    </message>
    <message>
        <source>The quote discount must be a number.</source>
        <translation>Chiết khấu của báo giá phải là một số.</translation>
    </message>
    <message>
        <source>The tax rate must be a number.</source>
        <translation>Thuế suất phải là một số.</translation>
    </message>
    <message>
        <source>price %1 is below cost %2</source>
        <translation>giá %1 thấp hơn giá vốn %2</translation>
    </message>
    <message>
        <source>The discount must be a number.</source>
        <translation>Chiết khấu phải là một số.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR, CNY or VND.</source>
        <translation>Tiền tệ là mã gồm ba chữ cái như EUR, CNY hoặc VND.</translation>
    </message>
    <message>
        <source>Choose a contact of this account or of its head office.</source>
        <translation>Hãy chọn người liên hệ của khách hàng này hoặc của trụ sở chính.</translation>
    </message>
    <message>
        <source>Keep the terms under 200 characters (put more in the notes).</source>
        <translation>Điều kiện phải dưới 200 ký tự (ghi thêm vào phần ghi chú).</translation>
    </message>
    <message>
        <source>The recommendation score is a whole number from 0 to 10 (or leave it empty).</source>
        <translation>Điểm giới thiệu là số nguyên từ 0 đến 10 (hoặc để trống).</translation>
    </message>
    <message>
        <source>Name the competitor (brand or company).</source>
        <translation>Hãy ghi tên đối thủ cạnh tranh (thương hiệu hoặc công ty).</translation>
    </message>
    <message>
        <source>A price is a number of 0 or more.</source>
        <translation>Giá là một số từ 0 trở lên.</translation>
    </message>
    <message>
        <source>A shelf share is a whole number from 0 to 100.</source>
        <translation>Tỷ lệ kệ là một số nguyên từ 0 đến 100.</translation>
    </message>
    <message>
        <source>A visit in the future cannot be completed yet.</source>
        <translation>Chưa thể hoàn tất lượt viếng thăm trong tương lai.</translation>
    </message>
    <message>
        <source>Write a short summary of the visit before completing it.</source>
        <translation>Hãy viết tóm tắt ngắn về lượt viếng thăm trước khi hoàn tất.</translation>
    </message>
    <message>
        <source>The next visit must be after this one.</source>
        <translation>Lượt viếng thăm tiếp theo phải sau lượt này.</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved; this one is done.</source>
        <translation>Chỉ có thể dời một lượt viếng thăm đã lên kế hoạch; lượt này đã thực hiện.</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved; this one is cancelled.</source>
        <translation>Chỉ có thể dời một lượt viếng thăm đã lên kế hoạch; lượt này đã hủy.</translation>
    </message>
    <message>
        <source>Only a planned visit can be moved; this one is missed.</source>
        <translation>Chỉ có thể dời một lượt viếng thăm đã lên kế hoạch; lượt này đã bị bỏ lỡ.</translation>
    </message>
    <message>
        <source>A visit lasts at least 15 minutes.</source>
        <translation>Một lượt viếng thăm kéo dài ít nhất 15 phút.</translation>
    </message>
    <message>
        <source>A visit lasts at most 12 hours; plan two visits instead.</source>
        <translation>Một lượt viếng thăm kéo dài tối đa 12 giờ; hãy lên kế hoạch hai lượt.</translation>
    </message>
    <message>
        <source>A visit in the future cannot be done yet.</source>
        <translation>Chưa thể đánh dấu đã thực hiện cho một lượt viếng thăm trong tương lai.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>Lượt viếng thăm này không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation>dòng %1, cột “%2”: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>lines %1 and %2 more, column &quot;%3&quot;: %4</source>
        <translation>các dòng %1 và %2 dòng khác, cột “%3”: %4</translation>
    </message>
    <message>
        <source>lines %1, column &quot;%2&quot;: %3</source>
        <translation>các dòng %1, cột “%2”: %3</translation>
    </message>
    <message>
        <source>lines %1 and %2 more: %3</source>
        <translation>các dòng %1 và %2 dòng khác: %3</translation>
    </message>
    <message>
        <source>lines %1: %2</source>
        <translation>các dòng %1: %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 day %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <source>%1 days %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 và %2 mục khác</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 mục khác</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>không có tệp hoặc thư mục này</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>đây là thư mục, không phải tệp</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>một phần của đường dẫn không phải là thư mục</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ổ đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>the code %1 is already used on line %2</source>
        <translation>mã %1 đã được dùng ở dòng %2</translation>
    </message>
    <message>
        <source>a new account needs a kind; use one of: %1</source>
        <translation>khách hàng mới cần có loại; dùng một trong: %1</translation>
    </message>
    <message>
        <source>an account cannot be its own parent</source>
        <translation>khách hàng không thể là cấp trên của chính nó</translation>
    </message>
    <message>
        <source>there is no account %1 in the file or the database</source>
        <translation>không có khách hàng %1 trong tệp hoặc cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>this makes a loop: %1</source>
        <translation>điều này tạo thành vòng lặp: %1</translation>
    </message>
    <message>
        <source>as a %1 it could no longer hold %2 under it</source>
        <translation>là %1 thì nó không thể chứa %2 bên dưới nữa</translation>
    </message>
    <message>
        <source>no column is read as the kind (columns not read: %1); map the column that holds the accounts&apos; kinds to the kind, or choose a kind for new accounts whose row gives none</source>
        <translation>không có cột nào được đọc là loại (các cột không được đọc: %1); hãy gán cột chứa loại khách hàng cho trường loại, hoặc chọn một loại cho khách hàng mới mà dòng không ghi loại</translation>
    </message>
    <message>
        <source>no column is read as the parent code (columns not read: %1); map the column that holds the parent accounts&apos; codes to the parent code</source>
        <translation>không cột nào được đọc là mã khách hàng cấp trên (các cột không được đọc: %1); hãy gán cột chứa mã của khách hàng cấp trên cho mã khách hàng cấp trên</translation>
    </message>
    <message>
        <source>a %1 needs a parent account: a %2</source>
        <translation>%1 cần một khách hàng cấp trên: %2</translation>
    </message>
    <message>
        <source>a %1 sits at the top and cannot be under %2</source>
        <translation>%1 ở cấp cao nhất và không thể nằm dưới %2</translation>
    </message>
    <message>
        <source>a %1 cannot sit under %2, a %3; its parent must be a %4</source>
        <translation>%1 không thể nằm dưới %2 (%3); cấp trên phải là %4</translation>
    </message>
    <message>
        <source>%1 have no field &quot;%2&quot;; the fields are: %3</source>
        <translation>%1 không có trường “%2”; các trường là: %3</translation>
    </message>
    <message>
        <source>the file has no column named &quot;%1&quot; (for %2)</source>
        <translation>tệp không có cột nào tên “%1” (cho %2)</translation>
    </message>
    <message>
        <source>the file has more than one column named &quot;%1&quot; (for %2)</source>
        <translation>tệp có nhiều hơn một cột tên “%1” (cho %2)</translation>
    </message>
    <message>
        <source>both &quot;%1&quot; and &quot;%2&quot; look like %3; map one of them explicitly</source>
        <translation>cả “%1” và “%2” đều giống %3; hãy chỉ định rõ một trong hai</translation>
    </message>
    <message>
        <source>the file has no column for %1, which is required</source>
        <translation>tệp không có cột cho %1, là trường bắt buộc</translation>
    </message>
    <message>
        <source>choose the column that holds %1: it is required</source>
        <translation>hãy chọn cột chứa %1: mục này là bắt buộc</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>hạng</translation>
    </message>
    <message>
        <source>parent code</source>
        <translation>mã khách hàng cấp trên</translation>
    </message>
    <message>
        <source>street</source>
        <translation>đường</translation>
    </message>
    <message>
        <source>district</source>
        <translation>quận/huyện</translation>
    </message>
    <message>
        <source>city</source>
        <translation>thành phố</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>mã bưu chính</translation>
    </message>
    <message>
        <source>country code</source>
        <translation>mã quốc gia</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>vĩ độ</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>kinh độ</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>payment terms</source>
        <translation>điều kiện thanh toán</translation>
    </message>
    <message>
        <source>credit limit</source>
        <translation>hạn mức tín dụng</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>tiền tệ</translation>
    </message>
    <message>
        <source>document language</source>
        <translation>ngôn ngữ chứng từ</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>chiến lược</translation>
    </message>
    <message>
        <source>purchasing policy</source>
        <translation>chính sách mua hàng</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <source>account code</source>
        <translation>mã khách hàng</translation>
    </message>
    <message>
        <source>title</source>
        <translation>chức vụ</translation>
    </message>
    <message>
        <source>department</source>
        <translation>phòng ban</translation>
    </message>
    <message>
        <source>messenger id</source>
        <translation>ID nhắn tin</translation>
    </message>
    <message>
        <source>dmu role</source>
        <translation>vai trò trong quyết định</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>thái độ</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>ảnh hưởng</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>báo cáo cho</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>period</source>
        <translation>kỳ</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>category</source>
        <translation>danh mục</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>pack size</source>
        <translation>quy cách đóng gói</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>giá niêm yết</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>giá vốn</translation>
    </message>
    <message>
        <source>no rows to import: the file has nothing below its column names</source>
        <translation>không có dòng nào để nhập: tệp không có gì bên dưới tên cột</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 là bắt buộc</translation>
    </message>
    <message>
        <source>Someone changed some of these records while the import ran; nothing was written. Import the file again.</source>
        <translation>Ai đó đã thay đổi một số bản ghi này trong khi nhập; không có gì được ghi. Hãy nhập lại tệp.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problem found. Nothing was written; correct the file and import it again.</source>
        <translation>%1 chưa được nhập: tìm thấy %2 lỗi. Không có gì được ghi; hãy sửa tệp và nhập lại.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 problems found. Nothing was written; correct the file and import it again.</source>
        <translation>%1 chưa được nhập: tìm thấy %2 lỗi. Không có gì được ghi; hãy sửa tệp và nhập lại.</translation>
    </message>
    <message>
        <source>%1 was not imported: the database changed while it was being imported (%2). Nothing was written; import it again.</source>
        <translation>%1 chưa được nhập: cơ sở dữ liệu đã thay đổi trong khi nhập (%2). Không có gì được ghi; hãy nhập lại.</translation>
    </message>
    <message>
        <source>%1 was not imported: the database refused the changes (%2). Nothing was written.</source>
        <translation>%1 chưa được nhập: cơ sở dữ liệu đã từ chối các thay đổi (%2). Không có gì được ghi.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>Đã thay đổi %1.</translation>
    </message>
    <message>
        <source>Empty cells left %1 as stored (edit a record to clear one).</source>
        <translation>Ô trống giữ nguyên %1 đã lưu (muốn xóa, hãy sửa bản ghi trong ứng dụng).</translation>
    </message>
    <message>
        <source>New territories: %1 and %2 more.</source>
        <translation>Khu vực mới: %1 và %2 khu vực khác.</translation>
    </message>
    <message>
        <source>New territories: %1.</source>
        <translation>Khu vực mới: %1.</translation>
    </message>
    <message>
        <source>%1 without a channel was set to %2.</source>
        <translation>%1 không có kênh được đặt là %2.</translation>
    </message>
    <message>
        <source>%1 without a channel were set to %2.</source>
        <translation>%1 không có kênh được đặt là %2.</translation>
    </message>
    <message>
        <source>%1 without a tier was set to tier %2.</source>
        <translation>%1 không có hạng được đặt là hạng %2.</translation>
    </message>
    <message>
        <source>%1 without a tier were set to tier %2.</source>
        <translation>%1 không có hạng được đặt là hạng %2.</translation>
    </message>
    <message>
        <source>%1 without a currency was set to %2.</source>
        <translation>%1 không có tiền tệ được đặt là %2.</translation>
    </message>
    <message>
        <source>%1 without a currency were set to %2.</source>
        <translation>%1 không có tiền tệ được đặt là %2.</translation>
    </message>
    <message>
        <source>%1 read: %2 created, %3 updated, %4 unchanged.</source>
        <translation>Đã đọc %1: tạo mới %2, cập nhật %3, %4 không đổi.</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>%1 khách hàng</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 khách hàng</translation>
    </message>
    <message>
        <source>%1 contact</source>
        <translation>%1 người liên hệ</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 người liên hệ</translation>
    </message>
    <message>
        <source>%1 product</source>
        <translation>%1 sản phẩm</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 sản phẩm</translation>
    </message>
    <message>
        <source>%1 price policy</source>
        <translation>%1 chính sách giá</translation>
    </message>
    <message>
        <source>%1 price policies</source>
        <translation>%1 chính sách giá</translation>
    </message>
    <message>
        <source>%1 rebate agreement</source>
        <translation>%1 hợp đồng chiết khấu</translation>
    </message>
    <message>
        <source>%1 rebate agreements</source>
        <translation>%1 hợp đồng chiết khấu</translation>
    </message>
    <message>
        <source>%1 sales fact</source>
        <translation>%1 số liệu bán hàng</translation>
    </message>
    <message>
        <source>%1 sales facts</source>
        <translation>%1 số liệu bán hàng</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Các cột không được nhập: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-31</source>
        <translation>“%1” không phải là ngày; hãy viết dạng 2026-03-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the calendar</source>
        <translation>“%1” không phải là ngày có trong lịch</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>“%1” không phải là có hoặc không</translation>
    </message>
    <message>
        <source>%1 %2 is also on line %3</source>
        <translation>%1 %2 cũng có ở dòng %3</translation>
    </message>
    <message>
        <source>New: %1 and %2 more.</source>
        <translation>Mới: %1 và %2 mục khác.</translation>
    </message>
    <message>
        <source>New: %1.</source>
        <translation>Mới: %1.</translation>
    </message>
    <message>
        <source>Entered late (after the late-entry days): %1.</source>
        <translation>Nhập trễ (sau thời hạn nhập bổ sung): %1.</translation>
    </message>
    <message>
        <source>They are drafts: submit them for approval before they count.</source>
        <translation>Đây là bản nháp: hãy gửi phê duyệt để chúng có hiệu lực.</translation>
    </message>
    <message>
        <source>Some accounts or products of this file were deleted while it was being imported; nothing was written. Import it again.</source>
        <translation>Một số khách hàng hoặc sản phẩm của tệp này đã bị xóa trong khi nhập; không có gì được ghi. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>%1 territories are called &quot;%2&quot;; use the territory code</source>
        <translation>có %1 khu vực tên “%2”; hãy dùng mã khu vực</translation>
    </message>
    <message>
        <source>there is no territory &quot;%1…&quot;; a new territory needs a code of at most %2 characters</source>
        <translation>không có khu vực “%1…”; khu vực mới cần mã dài tối đa %2 ký tự</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a code: it holds a line break, a tab or another character nobody could type to find it</source>
        <translation>&quot;%1&quot; không thể là mã: có ký tự xuống dòng, tab hoặc ký tự khác mà không ai gõ được để tìm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number this column takes; write it as %2</source>
        <translation>cột này không nhận cách viết “%1”; hãy viết là %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a currency sign; write the number alone (the currency comes from the currency column, else the account&apos;s)</source>
        <translation>&quot;%1&quot; có ký hiệu tiền tệ; chỉ ghi con số (tiền tệ lấy từ cột tiền tệ, nếu không thì theo khách hàng)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number this import understands; write it as 1234.56</source>
        <translation>“%1” không phải là số mà lần nhập này hiểu được; hãy viết dạng 1234.56</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>“%1” quá lớn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimals</source>
        <translation>“%1” có nhiều hơn %2 chữ số thập phân</translation>
    </message>
    <message>
        <source>%1 is not a latitude; it must be between -%2 and %2</source>
        <translation>%1 không phải là vĩ độ; phải nằm trong khoảng -%2 đến %2</translation>
    </message>
    <message>
        <source>%1 is not a longitude; it must be between -%2 and %2</source>
        <translation>%1 không phải là kinh độ; phải nằm trong khoảng -%2 đến %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>“%1” phải là số nguyên từ %2 đến %3</translation>
    </message>
    <message>
        <source>the tag &quot;%1…&quot; is longer than 60 characters</source>
        <translation>thẻ “%1…” dài hơn 60 ký tự</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>“%1” không phải là địa chỉ email</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as CN, VN or NL</source>
        <translation>“%1” không phải là mã quốc gia hai chữ cái như CN, VN hoặc NL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code such as EUR</source>
        <translation>“%1” không phải là mã tiền tệ ba chữ cái như EUR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id written by an export</source>
        <translation>“%1” không phải là mã định danh do bản xuất ghi ra</translation>
    </message>
    <message>
        <source>the value is %1 characters long; at most %2 fit</source>
        <translation>giá trị dài %1 ký tự; tối đa %2 ký tự</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1” không phải là số</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names two currencies, %2 and %3; write the amount in one of them</source>
        <translation>“%1” ghi hai loại tiền, %2 và %3; hãy ghi số tiền bằng một loại</translation>
    </message>
    <message>
        <source>the amount is written in %1, but the row&apos;s account is in %2; amounts are not converted: write the amount in %2, or give the row its own currency in a currency column</source>
        <translation>số tiền được ghi bằng %1, nhưng khách hàng của dòng dùng %2; số tiền không được quy đổi: hãy ghi số tiền bằng %2, hoặc ghi tiền tệ riêng của dòng trong một cột tiền tệ</translation>
    </message>
    <message>
        <source>the amount is written in %1, but the row&apos;s currency column says %2; amounts are not converted</source>
        <translation>số tiền được ghi bằng %1, nhưng cột tiền tệ của dòng ghi %2; số tiền không được quy đổi</translation>
    </message>
    <message>
        <source>there is no account %1 in the database</source>
        <translation>không có khách hàng %1 trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 accounts are called &quot;%2&quot;; write the account&apos;s code</source>
        <translation>có %1 khách hàng tên &quot;%2&quot;; hãy ghi mã khách hàng</translation>
    </message>
    <message>
        <source>there is no account with the code or name %1</source>
        <translation>không có khách hàng nào có mã hoặc tên %1</translation>
    </message>
    <message>
        <source>this makes a reporting loop: %1</source>
        <translation>điều này tạo thành vòng lặp báo cáo: %1</translation>
    </message>
    <message>
        <source>this id is already used on line %1</source>
        <translation>mã định danh này đã được dùng ở dòng %1</translation>
    </message>
    <message>
        <source>line %1 already describes this contact (%2)</source>
        <translation>dòng %1 đã mô tả người liên hệ này (%2)</translation>
    </message>
    <message>
        <source>%1 contacts of %2 match this row; add the id column of an export to say which one it is</source>
        <translation>%1 người liên hệ của %2 khớp với dòng này; hãy thêm cột mã định danh của bản xuất để chỉ rõ là ai</translation>
    </message>
    <message>
        <source>another line of the file already updates this contact</source>
        <translation>một dòng khác của tệp đã cập nhật người liên hệ này</translation>
    </message>
    <message>
        <source>line %1 already updates this contact</source>
        <translation>dòng %1 đã cập nhật người liên hệ này</translation>
    </message>
    <message>
        <source>%1 has no contact &quot;%2&quot; (in the file or the database)</source>
        <translation>%1 không có người liên hệ “%2” (trong tệp hoặc cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>%1 has %2 contacts called &quot;%3&quot;; use an e-mail or id</source>
        <translation>%1 có %2 người liên hệ tên “%3”; hãy dùng email hoặc mã định danh</translation>
    </message>
    <message>
        <source>a contact cannot report to themselves</source>
        <translation>người liên hệ không thể báo cáo cho chính mình</translation>
    </message>
    <message>
        <source>a pack size must be more than 0</source>
        <translation>quy cách đóng gói phải lớn hơn 0</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>số tiền không thể âm</translation>
    </message>
    <message>
        <source>%1 is required for a new product</source>
        <translation>%1 là bắt buộc đối với sản phẩm mới</translation>
    </message>
    <message>
        <source>%1 read: %2 written, %3 replaced, for %4, covering %5 to %6.</source>
        <translation>Đã đọc %1: ghi %2, thay thế %3, cho %4, từ %5 đến %6.</translation>
    </message>
    <message>
        <source>%1 read: %2 written, %3 replaced, for %4.</source>
        <translation>Đã đọc %1: ghi %2, thay thế %3, cho %4.</translation>
    </message>
    <message>
        <source>%1 of them were monthly figures, replaced by the file&apos;s daily figures of their month, which start on %2.</source>
        <translation>Trong đó %1 là số liệu theo tháng, được thay bằng số liệu theo ngày của tệp cho tháng đó, bắt đầu từ %2.</translation>
    </message>
    <message>
        <source>Figures replaced by month: %1.</source>
        <translation>Số liệu được thay thế theo tháng: %1.</translation>
    </message>
    <message>
        <source>The database as it was before this import is kept as a backup (%1).</source>
        <translation>Cơ sở dữ liệu như trước lần nhập này được giữ làm bản sao lưu (%1).</translation>
    </message>
    <message>
        <source>the file has both a date column (&quot;%1&quot;) and a period column (&quot;%2&quot;); leave one of them out</source>
        <translation>tệp có cả cột ngày (“%1”) và cột kỳ (“%2”); hãy bỏ một trong hai</translation>
    </message>
    <message>
        <source>the file has no column for date or period</source>
        <translation>tệp không có cột ngày hoặc kỳ</translation>
    </message>
    <message>
        <source>the file has no column for quantity or amount</source>
        <translation>tệp không có cột số lượng hoặc số tiền</translation>
    </message>
    <message>
        <source>account code is required</source>
        <translation>mã khách hàng là bắt buộc</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds product SKUs (%2), but no column is read as the SKU; map that column to the SKU (or leave the SKU out with sku=)</source>
        <translation>cột &quot;%1&quot; chứa mã SKU sản phẩm (%2), nhưng không cột nào được đọc là SKU; hãy gán cột đó cho SKU (hoặc bỏ SKU bằng sku=)</translation>
    </message>
    <message>
        <source>there is no product with SKU %1 in the database</source>
        <translation>không có sản phẩm có SKU %1 trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was set aside as not a measure for this import</source>
        <translation>&quot;%1&quot; đã được đặt là không phải chỉ tiêu cho lần nhập này</translation>
    </message>
    <message>
        <source>a quantity or an amount is required</source>
        <translation>cần có số lượng hoặc số tiền</translation>
    </message>
    <message>
        <source>stock cannot be negative: it is a count of what is on hand (a return is sell-in or sell-out with a negative quantity and amount)</source>
        <translation>tồn kho không thể âm: đó là số hàng hiện có (hàng trả lại là nhập hàng hoặc bán ra với số lượng và số tiền đều âm)</translation>
    </message>
    <message>
        <source>the quantity and the amount have opposite signs; a return has both negative</source>
        <translation>số lượng và số tiền trái dấu nhau; hàng trả lại thì cả hai đều âm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has its day first, but the other dates of this file have their month first; write every date one way (2026-03-31 is never misread)</source>
        <translation>“%1” ghi ngày trước, nhưng các ngày khác trong tệp này ghi tháng trước; hãy ghi mọi ngày theo một cách (2026-03-31 không bao giờ bị đọc nhầm)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has its month first, but the other dates of this file have their day first; write every date one way (2026-03-31 is never misread)</source>
        <translation>“%1” ghi tháng trước, nhưng các ngày khác trong tệp này ghi ngày trước; hãy ghi mọi ngày theo một cách (2026-03-31 không bao giờ bị đọc nhầm)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a month, but the other cells of this column are days; put monthly figures in a file of their own (or in a &quot;period&quot; column)</source>
        <translation>&quot;%1&quot; là một tháng, nhưng các ô khác của cột này là ngày; hãy để số liệu theo tháng trong một tệp riêng (hoặc trong cột &quot;period&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month; write it as 2026-03 (a period is a whole month: use a date column for single days)</source>
        <translation>“%1” không phải là tháng; hãy viết dạng 2026-03 (một kỳ là cả tháng: dùng cột ngày cho từng ngày)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month in the calendar</source>
        <translation>“%1” không phải là tháng có trong lịch</translation>
    </message>
    <message>
        <source>%1 territories are named &quot;%2&quot;; give its code</source>
        <translation>có %1 khu vực tên “%2”; hãy ghi mã của nó</translation>
    </message>
    <message>
        <source>there is no territory with code or name &quot;%1&quot;</source>
        <translation>không có khu vực nào có mã hoặc tên “%1”</translation>
    </message>
    <message>
        <source>there is no account with code %1</source>
        <translation>không có khách hàng nào có mã %1</translation>
    </message>
    <message>
        <source>there is no product with SKU %1</source>
        <translation>không có sản phẩm nào có SKU %1</translation>
    </message>
    <message>
        <source>currency is required (or give a product SKU)</source>
        <translation>tiền tệ là bắt buộc (hoặc ghi SKU sản phẩm)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not list, cost or the code of a price policy in the file or the register</source>
        <translation>“%1” không phải là list, cost hay mã của một chính sách giá trong tệp hoặc sổ đăng ký</translation>
    </message>
    <message>
        <source>policy %1 cannot be based on %2: their prices would go round in a loop (%3); base it on the list price, the cost or another policy</source>
        <translation>chính sách %1 không thể dựa trên %2: giá của chúng sẽ tạo thành vòng lặp (%3); hãy dựa trên giá niêm yết, giá vốn hoặc chính sách khác</translation>
    </message>
    <message>
        <source>%1 was a draft that has been deleted; import the row under another code, or with none for a new one</source>
        <translation>%1 là bản nháp đã bị xóa; hãy nhập dòng này với mã khác, hoặc để trống mã để tạo mới</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be changed by an import (%3 differ); terminate it and import a new code</source>
        <translation>%1 đang ở trạng thái %2 và không thể thay đổi bằng cách nhập (%3 khác nhau); hãy chấm dứt nó và nhập một mã mới</translation>
    </message>
    <message>
        <source>tier %1 &quot;%2&quot; is not threshold:rate (e.g. 100000:2)</source>
        <translation>bậc %1 “%2” không có dạng ngưỡng:tỷ lệ (ví dụ 100000:2)</translation>
    </message>
    <message>
        <source>tier %1 &quot;%2&quot;: %3</source>
        <translation>bậc %1 “%2”: %3</translation>
    </message>
    <message>
        <source>tier %1 &quot;%2&quot; needs both a threshold and a rate</source>
        <translation>bậc %1 “%2” cần có cả ngưỡng và tỷ lệ</translation>
    </message>
    <message>
        <source>%1 was a draft that has been deleted; import the row under another number, or with none for a new one</source>
        <translation>%1 là bản nháp đã bị xóa; hãy nhập dòng này với số khác, hoặc để trống số để tạo mới</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be changed by an import (%3 differ); terminate it and import a new number</source>
        <translation>%1 đang ở trạng thái %2 và không thể thay đổi bằng cách nhập (%3 khác nhau); hãy chấm dứt nó và nhập một số mới</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; weights are zero or more</source>
        <translation>“%1” là số âm; trọng số phải từ 0 trở lên</translation>
    </message>
    <message>
        <source>give 12 month weights or 4 quarter weights separated by ; (found %1)</source>
        <translation>hãy ghi 12 trọng số tháng hoặc 4 trọng số quý, cách nhau bằng ; (tìm thấy %1)</translation>
    </message>
    <message>
        <source>at least one weight must be above zero</source>
        <translation>ít nhất một trọng số phải lớn hơn 0</translation>
    </message>
    <message>
        <source>%1 target rows read: %2 created, %3 replaced, %4 unchanged, %5 removed (not in the file for its year). Each year is held as the year, its quarters and its months.</source>
        <translation>Đã đọc %1 hàng mục tiêu: tạo mới %2, thay thế %3, %4 không đổi, xóa %5 (tệp không còn liệt kê cho năm đó). Mỗi năm được lưu theo cả năm, từng quý và từng tháng.</translation>
    </message>
    <message>
        <source>%1 target rows read: %2 created, %3 replaced, %4 unchanged. Each year is held as the year, its quarters and its months.</source>
        <translation>Đã đọc %1 hàng mục tiêu: tạo mới %2, thay thế %3, %4 không đổi. Mỗi năm được lưu theo cả năm, từng quý và từng tháng.</translation>
    </message>
    <message>
        <source>line %1 already gives this target</source>
        <translation>dòng %1 đã đưa ra mục tiêu này</translation>
    </message>
    <message>
        <source>give either an account code or a territory</source>
        <translation>hãy ghi mã khách hàng hoặc khu vực (chỉ một trong hai)</translation>
    </message>
    <message>
        <source>there is no account with code &quot;%1&quot;</source>
        <translation>không có khách hàng nào có mã “%1”</translation>
    </message>
    <message>
        <source>there is no territory &quot;%1&quot;</source>
        <translation>không có khu vực “%1”</translation>
    </message>
    <message>
        <source>%1 territories are called &quot;%2&quot;; use its code</source>
        <translation>có %1 khu vực tên “%2”; hãy dùng mã của nó</translation>
    </message>
    <message>
        <source>its targets are in %1, not %2; leave it empty</source>
        <translation>mục tiêu của nó tính bằng %1, không phải %2; hãy để trống</translation>
    </message>
    <message>
        <source>a target cannot be negative</source>
        <translation>mục tiêu không thể âm</translation>
    </message>
    <message>
        <source>%1 amounts have %2 decimals</source>
        <translation>số tiền %1 có %2 chữ số thập phân</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals</source>
        <translation>số tiền %1 không có chữ số thập phân</translation>
    </message>
    <message>
        <source>breaking down by weights needs a weights column</source>
        <translation>phân bổ theo trọng số cần có cột trọng số</translation>
    </message>
    <message>
        <source>the quarters do not match the months (%1)</source>
        <translation>các quý không khớp với các tháng (%1)</translation>
    </message>
    <message>
        <source>give the year&apos;s amount, its 4 quarters or its 12 months</source>
        <translation>hãy ghi số tiền cả năm, 4 quý hoặc 12 tháng</translation>
    </message>
    <message>
        <source>the amount is %1 but the months add up to %2</source>
        <translation>số tiền là %1 nhưng tổng các tháng là %2</translation>
    </message>
    <message>
        <source>give all %1 months or none (write 0 for a month without target); missing: %2</source>
        <translation>hãy ghi đủ cả %1 tháng hoặc không ghi tháng nào (ghi 0 cho tháng không có mục tiêu); còn thiếu: %2</translation>
    </message>
    <message>
        <source>give all %1 quarters or none (write 0 for a quarter without target); missing: %2</source>
        <translation>hãy ghi đủ cả %1 quý hoặc không ghi quý nào (ghi 0 cho quý không có mục tiêu); còn thiếu: %2</translation>
    </message>
    <message>
        <source>a quantity cannot be negative</source>
        <translation>số lượng không thể âm</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Hãy nhập một số.</translation>
    </message>
    <message>
        <source>“%1” is not a number here: %2 separates the decimals.</source>
        <translation>“%1” không phải là số ở đây: %2 ngăn cách phần thập phân.</translation>
    </message>
    <message>
        <source>“%1” is not a number here; use %2.</source>
        <translation>“%1” không phải là số ở đây; hãy dùng %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” không phải là số.</translation>
    </message>
    <message>
        <source>“%1”: an amount in %2 has no decimals; type the whole amount.</source>
        <translation>“%1”: số tiền bằng %2 không có phần thập phân; hãy nhập số tiền nguyên.</translation>
    </message>
    <message>
        <source>“%1” can be read two ways; write %2 for the whole number or %3 for the decimals.</source>
        <translation>“%1” có thể hiểu theo hai cách; hãy viết %2 cho số nguyên hoặc %3 cho phần thập phân.</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>chồng chéo</translation>
    </message>
    <message>
        <source>loop</source>
        <translation>vòng lặp</translation>
    </message>
    <message>
        <source>never prices</source>
        <translation>không bao giờ định giá</translation>
    </message>
    <message>
        <source>expired base</source>
        <translation>cơ sở đã hết hạn</translation>
    </message>
    <message>
        <source>missing base</source>
        <translation>thiếu cơ sở</translation>
    </message>
    <message>
        <source>more for more</source>
        <translation>mua nhiều giá cao hơn</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>từ %1 trở đi</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>on every day</source>
        <translation>vào mọi ngày</translation>
    </message>
    <message>
        <source>price %1 &lt; floor %2</source>
        <translation>giá %1 &lt; giá sàn %2</translation>
    </message>
    <message>
        <source>markup %1 &lt; minimum %2</source>
        <translation>tỷ lệ lợi nhuận trên giá vốn %1 &lt; tối thiểu %2</translation>
    </message>
    <message>
        <source>discount %1 off list &gt; band %2</source>
        <translation>chiết khấu %1 trên giá niêm yết &gt; khung %2</translation>
    </message>
    <message>
        <source>discount %1 off list &gt; approval threshold %2</source>
        <translation>chiết khấu %1 trên giá niêm yết &gt; ngưỡng phê duyệt %2</translation>
    </message>
    <message>
        <source>“%1” is not a quantity above 0.</source>
        <translation>“%1” không phải là số lượng lớn hơn 0.</translation>
    </message>
    <message>
        <source>Line %1: “%2” needs a SKU and a quantity.</source>
        <translation>Dòng %1: “%2” cần có SKU và số lượng.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Line %1 has %2 columns: paste only the SKU, the quantity and (optionally) the unit — no prices or descriptions.</source>
        <translation>Dòng %1 có %2 cột: chỉ dán SKU, số lượng và (nếu cần) đơn vị — không dán giá hay mô tả.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a unit (pack, L or kg).</source>
        <translation>Dòng %1: “%2” không phải là đơn vị (pack, L hoặc kg).</translation>
    </message>
    <message>
        <source>Nothing to add: paste one SKU and quantity per line.</source>
        <translation>Không có gì để thêm: hãy dán mỗi dòng một SKU và số lượng.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be submitted for approval.</source>
        <translation>Báo giá ở trạng thái “%1” không thể gửi phê duyệt.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be approved.</source>
        <translation>Báo giá ở trạng thái “%1” không thể được phê duyệt.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be declined.</source>
        <translation>Báo giá ở trạng thái “%1” không thể bị từ chối phê duyệt.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be marked as sent.</source>
        <translation>Báo giá ở trạng thái “%1” không thể đánh dấu là đã gửi.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be marked as accepted.</source>
        <translation>Báo giá ở trạng thái “%1” không thể đánh dấu là đã chấp nhận.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be marked as rejected.</source>
        <translation>Báo giá ở trạng thái “%1” không thể đánh dấu là bị từ chối.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be expired.</source>
        <translation>Báo giá ở trạng thái “%1” không thể cho hết hạn.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be confirmed as an order.</source>
        <translation>Báo giá ở trạng thái “%1” không thể xác nhận thành đơn hàng.</translation>
    </message>
    <message>
        <source>A quote that is %1 cannot be revised.</source>
        <translation>Báo giá ở trạng thái “%1” không thể sửa đổi.</translation>
    </message>
    <message>
        <source>Say why it is approved; the reason is recorded.</source>
        <translation>Hãy cho biết lý do phê duyệt; lý do được ghi lại.</translation>
    </message>
    <message>
        <source>Say why it is declined; the reason is recorded.</source>
        <translation>Hãy cho biết lý do từ chối phê duyệt; lý do được ghi lại.</translation>
    </message>
    <message>
        <source>Say why it is marked as rejected; the reason is recorded.</source>
        <translation>Hãy cho biết lý do đánh dấu là bị từ chối; lý do được ghi lại.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>pending approval</source>
        <translation>chờ phê duyệt</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã phê duyệt</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>đã hết hạn</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>đã đặt hàng</translation>
    </message>
    <message>
        <source>replaced by R%1</source>
        <translation>đã được thay thế bởi R%1</translation>
    </message>
    <message>
        <source>Revise it to make changes.</source>
        <translation>Hãy sửa đổi nó để thay đổi.</translation>
    </message>
    <message>
        <source>Nothing on this quote needs approval; it can be sent as it is.</source>
        <translation>Báo giá này không có gì cần phê duyệt; có thể gửi ngay.</translation>
    </message>
    <message>
        <source>Add at least one line first.</source>
        <translation>Hãy thêm ít nhất một dòng trước.</translation>
    </message>
    <message>
        <source>Lines of this quote are outside the price policy; record an approval before sending it (Quote → Submit for approval).</source>
        <translation>Một số dòng của báo giá này nằm ngoài chính sách giá; hãy ghi nhận phê duyệt trước khi gửi (Báo giá → Gửi phê duyệt).</translation>
    </message>
    <message>
        <source>The validity date has passed; move it forward before sending.</source>
        <translation>Ngày hiệu lực đã qua; hãy dời ngày đó về sau trước khi gửi.</translation>
    </message>
    <message>
        <source>%1 row written to %2.</source>
        <translation>Đã ghi %1 hàng vào %2.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>Đã ghi %1 hàng vào %2.</translation>
    </message>
    <message>
        <source>%1 contact written as vCard %2 to %3.</source>
        <translation>Đã ghi %1 liên hệ dưới dạng vCard %2 vào %3.</translation>
    </message>
    <message>
        <source>%1 contacts written as vCard %2 to %3.</source>
        <translation>Đã ghi %1 liên hệ dưới dạng vCard %2 vào %3.</translation>
    </message>
    <message>
        <source>%1 contacts written as vCard %2 to %3 files.</source>
        <translation>Đã ghi %1 liên hệ dưới dạng vCard %2 vào %3 tệp.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made (%2).</source>
        <translation>Không tạo được thư mục %1 (%2).</translation>
    </message>
    <message>
        <source>vCard %1 cannot be written; choose 3.0 or 4.0.</source>
        <translation>Không thể ghi vCard %1; hãy chọn 3.0 hoặc 4.0.</translation>
    </message>
    <message>
        <source>There is no account %1 in the database.</source>
        <translation>Không có khách hàng %1 trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>Không ghi được %1 (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export format; use csv or xlsx.</source>
        <translation>&quot;%1&quot; không phải định dạng xuất; hãy dùng csv hoặc xlsx.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name to export to.</source>
        <translation>%1 là một thư mục; hãy nhập tên tệp để xuất ra.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>No account has the id %1.</source>
        <translation>Không có khách hàng nào có id %1.</translation>
    </message>
    <message>
        <source>No product has the id %1.</source>
        <translation>Không có sản phẩm nào có id %1.</translation>
    </message>
    <message>
        <source>%1 is sold in packs of %2; it cannot be priced per %3.</source>
        <translation>%1 được bán theo gói %2; không thể định giá theo %3.</translation>
    </message>
    <message>
        <source>Unknown unit %1: use pack, L, mL, kg, g or t.</source>
        <translation>Đơn vị không xác định %1: hãy dùng pack, L, mL, kg, g hoặc t.</translation>
    </message>
    <message>
        <source>No exchange rate from %1 to %2 is valid on %3; enter one before pricing in %2.</source>
        <translation>Không có tỷ giá từ %1 sang %2 có hiệu lực vào ngày %3; hãy nhập tỷ giá trước khi định giá bằng %2.</translation>
    </message>
    <message>
        <source>No account has the code %1.</source>
        <translation>Không có khách hàng nào có mã %1.</translation>
    </message>
    <message>
        <source>draft, not active</source>
        <translation>bản nháp, chưa hiệu lực</translation>
    </message>
    <message>
        <source>pending approval, not active</source>
        <translation>chờ duyệt, chưa hiệu lực</translation>
    </message>
    <message>
        <source>fired: the list price stands, with this policy&apos;s guard rails</source>
        <translation>đã áp dụng: giữ giá niêm yết, kèm các giới hạn giá của chính sách này</translation>
    </message>
    <message>
        <source>The quantity must be more than 0, not %1.</source>
        <translation>Số lượng phải lớn hơn 0, không phải %1.</translation>
    </message>
    <message>
        <source>The register has a loop of base policies: %1.</source>
        <translation>Sổ đăng ký có vòng lặp giữa các chính sách giá gốc: %1.</translation>
    </message>
    <message>
        <source>No product has the SKU %1.</source>
        <translation>Không có sản phẩm nào có SKU %1.</translation>
    </message>
    <message>
        <source>%1 never fires: %2</source>
        <translation>%1 không bao giờ được áp dụng: %2</translation>
    </message>
    <message>
        <source>Quotes and order confirmations are not printed without their seller: your name and company are not set. Fill them in under Tools → My details, or run `acct-desktop manager --name … --organisation …`.</source>
        <translation>Báo giá và xác nhận đơn hàng không được in khi thiếu bên bán: chưa đặt tên và công ty của bạn. Hãy điền trong Công cụ → Thông tin của tôi, hoặc chạy `acct-desktop manager --name … --organisation …`.</translation>
    </message>
    <message>
        <source>%1 has no order confirmation yet.</source>
        <translation>%1 chưa có xác nhận đơn hàng.</translation>
    </message>
    <message>
        <source>Say who approved it; the approver&apos;s name is recorded.</source>
        <translation>Hãy cho biết ai đã phê duyệt; tên người phê duyệt được ghi lại.</translation>
    </message>
    <message>
        <source>Say who declined it; the name is recorded.</source>
        <translation>Hãy cho biết ai đã từ chối; tên người đó được ghi lại.</translation>
    </message>
    <message>
        <source>The delivery date is before some lines can be delivered: choose a later date, or tick that the customer accepts a partial delivery.</source>
        <translation>Ngày giao hàng sớm hơn ngày một số dòng có thể giao: hãy chọn ngày muộn hơn, hoặc đánh dấu khách hàng chấp nhận giao từng phần.</translation>
    </message>
    <message>
        <source>Another order took this number at the same moment; try again.</source>
        <translation>Một đơn hàng khác đã lấy số này cùng lúc; hãy thử lại.</translation>
    </message>
    <message>
        <source>Revision R%1 replaces this one; work on that revision.</source>
        <translation>Bản sửa đổi R%1 đã thay thế bản này; hãy làm việc trên bản sửa đổi đó.</translation>
    </message>
    <message>
        <source>A quote is valid for 1 to 365 days.</source>
        <translation>Báo giá có hiệu lực từ 1 đến 365 ngày.</translation>
    </message>
    <message>
        <source>The tax rate for %1 must be between 0 and %2.</source>
        <translation>Thuế suất của %1 phải từ 0 đến %2.</translation>
    </message>
    <message>
        <source>The logo must be a PNG image of at most 512 KB.</source>
        <translation>Biểu trưng phải là ảnh PNG không quá 512 KB.</translation>
    </message>
    <message>
        <source>No account has the code “%1”.</source>
        <translation>Không có khách hàng nào có mã “%1”.</translation>
    </message>
    <message>
        <source>%1 is a server database; backing it up and restoring it is the server&apos;s job (pg_dump / pg_restore by its administrator), not acct-desktop&apos;s.</source>
        <translation>%1 là cơ sở dữ liệu trên máy chủ; việc sao lưu và khôi phục do máy chủ đảm nhiệm (quản trị viên dùng pg_dump / pg_restore), không phải acct-desktop.</translation>
    </message>
    <message>
        <source>An in-memory database has no file to back up.</source>
        <translation>Cơ sở dữ liệu trong bộ nhớ không có tệp để sao lưu.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself (%1).</source>
        <translation>Không thể ghi bản sao lưu đè lên chính cơ sở dữ liệu (%1).</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Chưa tạo được bản sao lưu: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>It cannot be restored.</source>
        <translation>Không thể khôi phục.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>%1 holds no acct-desktop data; it cannot be restored.</source>
        <translation>%1 không chứa dữ liệu acct-desktop; không thể khôi phục.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of acct-desktop (schema %2; this version knows up to %3); install the newer version to restore it.</source>
        <translation>%1 được tạo bởi phiên bản acct-desktop mới hơn (lược đồ %2; phiên bản này chỉ biết đến %3); hãy cài phiên bản mới hơn để khôi phục.</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file.</source>
        <translation>%1 chính là cơ sở dữ liệu; hãy chọn một tệp sao lưu.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Chưa khôi phục gì: %1</translation>
    </message>
    <message>
        <source>%1 is still open (in this or another program); close it and try again. Nothing was restored.</source>
        <translation>%1 vẫn đang mở (trong chương trình này hoặc chương trình khác); hãy đóng lại rồi thử lại. Chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Không đọc được %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls file (or a password-protected workbook); save it as .xlsx or CSV (UTF-8) and import that.</source>
        <translation>%1 là tệp Excel .xls cũ (hoặc sổ làm việc có mật khẩu); hãy lưu lại dưới dạng .xlsx hoặc CSV (UTF-8) rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>%1 is not a valid .xlsx workbook; it may be damaged.</source>
        <translation>%1 không phải là sổ làm việc .xlsx hợp lệ; tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file nor an .xlsx workbook (it may be a picture, a PDF or another program&apos;s file). Export the figures as CSV (UTF-8) or .xlsx and import that.</source>
        <translation>%1 không phải tệp văn bản (CSV) cũng không phải sổ làm việc .xlsx (có thể là ảnh, tệp PDF hoặc tệp của chương trình khác). Hãy xuất số liệu ra CSV (UTF-8) hoặc .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 trống.</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 không có hàng tiêu đề.</translation>
    </message>
    <message>
        <source>%1 starts with a %2 byte-order mark but is not valid %3 text at byte %4; it may be damaged.</source>
        <translation>%1 bắt đầu bằng dấu thứ tự byte %2 nhưng không phải văn bản %3 hợp lệ tại byte %4; tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <source>this line holds a NUL byte; the file may be damaged</source>
        <translation>dòng này chứa byte NUL; tệp có thể bị hỏng</translation>
    </message>
    <message>
        <source>%1 cannot be read from line %2: %3.</source>
        <translation>Không đọc được %1 từ dòng %2: %3.</translation>
    </message>
    <message>
        <source>a quoted value seems never to end (a quote mark is missing or extra)</source>
        <translation>một giá trị trong dấu ngoặc kép dường như không bao giờ kết thúc (thiếu hoặc thừa một dấu ngoặc kép)</translation>
    </message>
    <message>
        <source>the file ends inside a quoted value (a closing quote mark is missing)</source>
        <translation>tệp kết thúc giữa một giá trị trong dấu ngoặc kép (thiếu dấu ngoặc kép đóng)</translation>
    </message>
    <message>
        <source>a quoted value is followed by more text; a quote mark inside a value must be written twice (&quot;&quot;)</source>
        <translation>sau một giá trị trong dấu ngoặc kép còn có chữ khác; dấu ngoặc kép bên trong một giá trị phải được viết hai lần (&quot;&quot;)</translation>
    </message>
    <message>
        <source>Row %2 of %1 is empty or past its end; choose the row that holds the column names.</source>
        <translation>Hàng %2 của %1 trống hoặc nằm ngoài cuối tệp; hãy chọn hàng chứa tên cột.</translation>
    </message>
    <message>
        <source>%1 is not a workbook acct-desktop can read: it may be damaged, or another kind of file. Save it again from Excel as .xlsx, or as CSV (UTF-8).</source>
        <translation>%1 không phải sổ làm việc mà acct-desktop đọc được: tệp có thể bị hỏng hoặc là loại tệp khác. Hãy lưu lại từ Excel dưới dạng .xlsx hoặc CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1 is a damaged workbook and cannot be read. Save it again from Excel as .xlsx, or as CSV (UTF-8).</source>
        <translation>%1 là sổ làm việc bị hỏng và không đọc được. Hãy lưu lại từ Excel dưới dạng .xlsx hoặc CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 giá trị</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 giá trị</translation>
    </message>
    <message>
        <source>%1 column</source>
        <translation>%1 cột</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 cột</translation>
    </message>
    <message>
        <source>this row has %1 but the header (line %3) has %2; if another line holds the column names, choose it as the header row</source>
        <translation>hàng này có %1 nhưng hàng tiêu đề (dòng %3) có %2; nếu tên cột nằm ở dòng khác, hãy chọn dòng đó làm hàng tiêu đề</translation>
    </message>
    <message>
        <source>this row has %1 but the header has %2 (a separator inside an unquoted value?)</source>
        <translation>hàng này có %1 nhưng hàng tiêu đề có %2 (có dấu phân cách nằm trong một giá trị không có ngoặc kép?)</translation>
    </message>
    <message>
        <source>this row has %1 but the header has %2</source>
        <translation>hàng này có %1 nhưng hàng tiêu đề có %2</translation>
    </message>
    <message>
        <source>%1 is empty: its sheet has no rows.</source>
        <translation>%1 trống: trang tính không có hàng nào.</translation>
    </message>
    <message>
        <source>%1 was not imported: line %2, column &quot;%3&quot; holds a formula whose result was never saved (%4 such cells; a file written by a program, not by Excel). Open it in Excel and save it, or save it as CSV, then import it again.</source>
        <translation>%1 chưa được nhập: dòng %2, cột “%3” chứa công thức chưa từng được lưu kết quả (%4 ô như vậy; tệp do một chương trình tạo, không phải Excel). Hãy mở tệp trong Excel và lưu lại, hoặc lưu thành CSV, rồi nhập lại.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>There was not enough free memory to read %1. Close other programs and attach it again.</source>
        <translation>Không đủ bộ nhớ trống để đọc %1. Hãy đóng các chương trình khác rồi đính kèm lại.</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPG or PNG file.</source>
        <translation>%1 không phải tệp PDF, JPG hay PNG.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>%1 lớn hơn %2 MB; hãy quét với độ phân giải thấp hơn.</translation>
    </message>
    <message>
        <source>The audit trail is empty; there is nothing to check.</source>
        <translation>Nhật ký kiểm tra trống; không có gì để kiểm tra.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events checked, the last is event %2 with hash %3.</source>
        <translation>Nhật ký kiểm tra nguyên vẹn: đã kiểm tra %1 sự kiện, sự kiện cuối là %2 với mã băm %3.</translation>
    </message>
    <message>
        <source>%1 appears twice: a copy was added to the trail.</source>
        <translation>%1 xuất hiện hai lần: một bản sao đã được thêm vào nhật ký.</translation>
    </message>
    <message>
        <source>%1 was changed after it was written.</source>
        <translation>%1 đã bị thay đổi sau khi được ghi.</translation>
    </message>
    <message>
        <source>%1 was written as event %2: events were deleted, inserted or put in another order after they were written.</source>
        <translation>%1 được ghi là sự kiện %2: các sự kiện đã bị xóa, chèn thêm hoặc đổi thứ tự sau khi được ghi.</translation>
    </message>
    <message>
        <source>event %1 is missing: it was deleted from before %2.</source>
        <translation>thiếu sự kiện %1: nó đã bị xóa khỏi phần trước %2.</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing: they were deleted from before %3.</source>
        <translation>thiếu các sự kiện từ %1 đến %2: chúng đã bị xóa khỏi phần trước %3.</translation>
    </message>
    <message>
        <source>%1 follows event %2 when written, not event %3: events were put in another order after they were written.</source>
        <translation>%1 khi được ghi đứng sau sự kiện %2, không phải sự kiện %3: các sự kiện đã bị đổi thứ tự sau khi được ghi.</translation>
    </message>
    <message>
        <source>%1 was changed after it was written: its hash was recomputed, and event %2 was chained to what it held before.</source>
        <translation>%1 đã bị thay đổi sau khi được ghi: mã băm của nó được tính lại, còn sự kiện %2 vẫn nối với nội dung trước đó.</translation>
    </message>
    <message>
        <source>%1 was changed after it was written: its old value no longer matches the digest taken when it was written.</source>
        <translation>%1 đã bị thay đổi sau khi được ghi: giá trị cũ không còn khớp với mã tóm tắt lấy lúc ghi.</translation>
    </message>
    <message>
        <source>%1 was changed after it was written: its new value no longer matches the digest taken when it was written.</source>
        <translation>%1 đã bị thay đổi sau khi được ghi: giá trị mới không còn khớp với mã tóm tắt lấy lúc ghi.</translation>
    </message>
    <message>
        <source>%1 was erased, yet holds a value again.</source>
        <translation>%1 đã bị xóa trắng nhưng lại có giá trị.</translation>
    </message>
    <message>
        <source>quote %1 R%2</source>
        <translation>báo giá %1 R%2</translation>
    </message>
    <message>
        <source>price policy %1</source>
        <translation>chính sách giá %1</translation>
    </message>
    <message>
        <source>rebate agreement %1</source>
        <translation>thỏa thuận chiết khấu %1</translation>
    </message>
    <message>
        <source>checklist %1 R%2</source>
        <translation>danh sách xác nhận %1 R%2</translation>
    </message>
    <message>
        <source>issue %1</source>
        <translation>vấn đề %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>khách hàng %1</translation>
    </message>
    <message>
        <source>event %1 (%2)</source>
        <translation>sự kiện %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2, %3 by %4</source>
        <translation>%1 %2, %3 bởi %4</translation>
    </message>
    <message>
        <source>%1, %2 by %3</source>
        <translation>%1, %2 bởi %3</translation>
    </message>
    <message>
        <source>acct-desktop keeps the database key only in the system keyring. On Windows, make sure you are signed in to your own account (Credential Manager); on Linux, install and unlock a Secret Service keyring (GNOME Keyring or KDE Wallet). The key was not written anywhere else.</source>
        <translation>acct-desktop chỉ giữ khóa cơ sở dữ liệu trong kho khóa (keyring) của hệ thống. Trên Windows, hãy chắc chắn bạn đăng nhập bằng tài khoản của chính mình (Credential Manager); trên Linux, hãy cài và mở khóa một kho khóa Secret Service (GNOME Keyring hoặc KDE Wallet). Khóa không được ghi ở nơi nào khác.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a recovery key: it has only the letters A-Z and the digits 2-7.</source>
        <translation>&quot;%1&quot; không thể có trong khóa khôi phục: khóa chỉ gồm các chữ A-Z và các chữ số 2-7.</translation>
    </message>
    <message>
        <source>A recovery key has %1 characters (14 groups of 4); the one entered has %2.</source>
        <translation>Khóa khôi phục có %1 ký tự (14 nhóm, mỗi nhóm 4 ký tự); khóa vừa nhập có %2 ký tự.</translation>
    </message>
    <message>
        <source>This recovery key does not check out: a character is mistyped. Compare it group by group with the one you stored.</source>
        <translation>Khóa khôi phục này không hợp lệ: có một ký tự bị gõ sai. Hãy so từng nhóm với khóa bạn đã lưu.</translation>
    </message>
    <message>
        <source>The system keyring could not be read (%1). %2</source>
        <translation>Không đọc được kho khóa của hệ thống (%1). %2</translation>
    </message>
    <message>
        <source>The system keyring could not store the key (%1). %2</source>
        <translation>Kho khóa của hệ thống không lưu được khóa (%1). %2</translation>
    </message>
    <message>
        <source>The system keyring did not keep the database key. %1</source>
        <translation>Kho khóa của hệ thống không giữ lại khóa cơ sở dữ liệu. %1</translation>
    </message>
    <message>
        <source>No database has been encrypted on this computer yet.</source>
        <translation>Chưa có cơ sở dữ liệu nào được mã hóa trên máy tính này.</translation>
    </message>
    <message>
        <source>%1 is already encrypted.</source>
        <translation>%1 đã được mã hóa.</translation>
    </message>
    <message>
        <source>%1 does not exist or is empty.</source>
        <translation>%1 không tồn tại hoặc trống.</translation>
    </message>
    <message>
        <source>%1 is not encrypted.</source>
        <translation>%1 chưa được mã hóa.</translation>
    </message>
    <message>
        <source>%1 is not encrypted; it needs no recovery key.</source>
        <translation>%1 chưa được mã hóa; không cần khóa khôi phục.</translation>
    </message>
    <message>
        <source>This recovery key does not open %1: it belongs to another database or computer. Nothing was stored.</source>
        <translation>Khóa khôi phục này không mở được %1: khóa thuộc về một cơ sở dữ liệu hoặc máy tính khác. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>The key of %1 is already in this computer&apos;s keyring.</source>
        <translation>Khóa của %1 đã có sẵn trong kho khóa của máy tính này.</translation>
    </message>
    <message>
        <source>The key of %1 is now in this computer&apos;s keyring; databases you encrypt here will use it too.</source>
        <translation>Khóa của %1 đã có trong kho khóa của máy tính này; các cơ sở dữ liệu bạn mã hóa trên máy này cũng sẽ dùng khóa đó.</translation>
    </message>
    <message>
        <source>The key of %1 (key %2) is now in this computer&apos;s keyring.</source>
        <translation>Khóa của %1 (khóa %2) đã có trong kho khóa của máy tính này.</translation>
    </message>
    <message>
        <source>Give the policy a name the team will recognise.</source>
        <translation>Hãy đặt cho chính sách giá một cái tên mà cả nhóm nhận ra.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as CNY, VND or EUR.</source>
        <translation>Tiền tệ là mã gồm ba chữ cái, ví dụ CNY, VND hoặc EUR.</translation>
    </message>
    <message>
        <source>The policy cannot end before it starts.</source>
        <translation>Chính sách giá không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>Choose a product or a category, not both.</source>
        <translation>Hãy chọn sản phẩm hoặc danh mục, không chọn cả hai.</translation>
    </message>
    <message>
        <source>Choose the account this policy is for.</source>
        <translation>Hãy chọn khách hàng áp dụng chính sách giá này.</translation>
    </message>
    <message>
        <source>Choose the channel this policy is for.</source>
        <translation>Hãy chọn kênh áp dụng chính sách giá này.</translation>
    </message>
    <message>
        <source>Choose the territory this policy is for.</source>
        <translation>Hãy chọn khu vực áp dụng chính sách giá này.</translation>
    </message>
    <message>
        <source>A minimum quantity cannot be negative.</source>
        <translation>Số lượng tối thiểu không được âm.</translation>
    </message>
    <message>
        <source>A percentage lies between 0 and 100.</source>
        <translation>Tỷ lệ phần trăm nằm trong khoảng 0 đến 100.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Số tiền không được âm.</translation>
    </message>
    <message>
        <source>Round to a positive step, or leave it empty.</source>
        <translation>Hãy làm tròn theo bước dương, hoặc để trống.</translation>
    </message>
    <message>
        <source>A fixed-price policy needs its price.</source>
        <translation>Chính sách giá cố định cần có giá.</translation>
    </message>
    <message>
        <source>Give the discount in percent.</source>
        <translation>Hãy nhập chiết khấu theo phần trăm.</translation>
    </message>
    <message>
        <source>Say what the price starts from: list price, cost or a policy.</source>
        <translation>Hãy cho biết giá tính từ đâu: giá niêm yết, giá vốn hay một chính sách giá.</translation>
    </message>
    <message>
        <source>Choose the policy whose price this one starts from.</source>
        <translation>Hãy chọn chính sách giá mà giá của chính sách này dựa vào.</translation>
    </message>
    <message>
        <source>The maximum margin is below the minimum margin.</source>
        <translation>Biên lợi nhuận tối đa thấp hơn biên lợi nhuận tối thiểu.</translation>
    </message>
    <message>
        <source>The guide price is below the floor price.</source>
        <translation>Giá hướng dẫn thấp hơn giá sàn.</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be edited. Terminate it and enter a new policy (Copy as new).</source>
        <translation>%1 đang ở trạng thái “%2” nên không thể chỉnh sửa nữa. Hãy chấm dứt nó và nhập chính sách giá mới (Sao chép thành mới).</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 starts from its price. Change that first.</source>
        <translation>Không thể xóa %1: %2 lấy giá của nó làm cơ sở. Hãy sửa chính sách đó trước.</translation>
    </message>
    <message>
        <source>%1&apos;s validity has already ended.</source>
        <translation>Hiệu lực của %1 đã kết thúc.</translation>
    </message>
    <message>
        <source>This policy no longer exists.</source>
        <translation>Chính sách giá này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Someone changed %1 since you opened it. Your text is kept: close the form and open it again to see their change over yours.</source>
        <translation>Có người đã sửa %1 sau khi bạn mở. Nội dung bạn nhập vẫn được giữ: hãy đóng biểu mẫu và mở lại để thấy thay đổi của họ cùng nội dung của bạn.</translation>
    </message>
    <message>
        <source>Code %1 is already used by another policy.</source>
        <translation>Mã %1 đã được một chính sách giá khác sử dụng.</translation>
    </message>
    <message>
        <source>The chosen account no longer exists.</source>
        <translation>Khách hàng đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <source>The chosen territory no longer exists.</source>
        <translation>Khu vực đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <source>The chosen product no longer exists.</source>
        <translation>Sản phẩm đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <source>The chosen base policy no longer exists.</source>
        <translation>Chính sách giá gốc đã chọn không còn tồn tại.</translation>
    </message>
    <message>
        <source>That would make policies start from each other in a loop: %1.</source>
        <translation>Như vậy các chính sách giá sẽ lấy nhau làm gốc thành vòng lặp: %1.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Kỳ không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>Only signed agreements are entered: give the signing date.</source>
        <translation>Chỉ nhập các thỏa thuận đã ký: hãy nhập ngày ký.</translation>
    </message>
    <message>
        <source>An agreement cannot be signed in the future.</source>
        <translation>Thỏa thuận không thể được ký vào một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>It cannot be entered before it was signed.</source>
        <translation>Không thể nhập trước ngày ký.</translation>
    </message>
    <message>
        <source>It cannot be entered in the future.</source>
        <translation>Không thể nhập vào một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>Give the rebate rate, more than 0 and at most %1.</source>
        <translation>Hãy nhập tỷ lệ chiết khấu, lớn hơn 0 và tối đa %1.</translation>
    </message>
    <message>
        <source>A tier&apos;s rate lies between 0 and %1.</source>
        <translation>Tỷ lệ của một bậc nằm trong khoảng 0 đến %1.</translation>
    </message>
    <message>
        <source>Give at least one tier (threshold and rate).</source>
        <translation>Hãy nhập ít nhất một bậc (ngưỡng và tỷ lệ).</translation>
    </message>
    <message>
        <source>A baseline cannot be negative.</source>
        <translation>Mức cơ sở không được âm.</translation>
    </message>
    <message>
        <source>Tier thresholds cannot be negative.</source>
        <translation>Ngưỡng của bậc không được âm.</translation>
    </message>
    <message>
        <source>Two tiers start at the same threshold.</source>
        <translation>Hai bậc bắt đầu ở cùng một ngưỡng.</translation>
    </message>
    <message>
        <source>Give a number of days between 0 and 365.</source>
        <translation>Hãy nhập số ngày từ 0 đến 365.</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be edited; terminate it and enter the new agreement.</source>
        <translation>%1 đang ở trạng thái “%2” nên không thể chỉnh sửa nữa; hãy chấm dứt nó và nhập thỏa thuận mới.</translation>
    </message>
    <message>
        <source>This rebate agreement no longer exists.</source>
        <translation>Thỏa thuận chiết khấu này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Number %1 is already used by another agreement.</source>
        <translation>Số %1 đã được một thỏa thuận khác sử dụng.</translation>
    </message>
    <message>
        <source>The system keyring could not be read (%1). Unlock or configure it, or use a server that does not need a password.</source>
        <translation>Không đọc được kho khóa của hệ thống (%1). Hãy mở khóa hoặc cấu hình kho khóa, hoặc dùng máy chủ không cần mật khẩu.</translation>
    </message>
    <message>
        <source>Database files have no password; only server URLs do.</source>
        <translation>Tệp cơ sở dữ liệu không có mật khẩu; chỉ URL máy chủ mới có.</translation>
    </message>
    <message>
        <source>The password could not be saved: the system keyring refused (%1). It has not been stored anywhere else.</source>
        <translation>Không lưu được mật khẩu: kho khóa của hệ thống từ chối (%1). Mật khẩu không được lưu ở nơi nào khác.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hiệu lực</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>đã chấm dứt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>Only a %1 record can be submitted for approval; this one is %2.</source>
        <translation>Chỉ bản ghi ở trạng thái “%1” mới có thể gửi phê duyệt; bản ghi này đang ở trạng thái “%2”.</translation>
    </message>
    <message>
        <source>Only a %1 record can be approved; this one is %2.</source>
        <translation>Chỉ bản ghi ở trạng thái “%1” mới có thể được phê duyệt; bản ghi này đang ở trạng thái “%2”.</translation>
    </message>
    <message>
        <source>Only a %1 record can be rejected; this one is %2.</source>
        <translation>Chỉ bản ghi ở trạng thái “%1” mới có thể bị từ chối; bản ghi này đang ở trạng thái “%2”.</translation>
    </message>
    <message>
        <source>Only an %1 record can be terminated; this one is %2.</source>
        <translation>Chỉ bản ghi ở trạng thái “%1” mới có thể chấm dứt; bản ghi này đang ở trạng thái “%2”.</translation>
    </message>
    <message>
        <source>Only an %1 record can be expired; this one is %2.</source>
        <translation>Chỉ bản ghi ở trạng thái “%1” mới có thể cho hết hạn; bản ghi này đang ở trạng thái “%2”.</translation>
    </message>
    <message>
        <source>Say why it is rejected; the reason is recorded.</source>
        <translation>Hãy cho biết lý do từ chối; lý do được ghi lại.</translation>
    </message>
    <message>
        <source>Say why it is terminated; the reason is recorded.</source>
        <translation>Hãy cho biết lý do chấm dứt; lý do được ghi lại.</translation>
    </message>
    <message>
        <source>Policy %1 cannot be based on itself.</source>
        <translation>Chính sách giá %1 không thể lấy chính nó làm gốc.</translation>
    </message>
    <message>
        <source>Policy %1 cannot be based on %2: %2 already depends on %1, so their prices would go round in a loop (%3). Choose another base policy, or base it on the list price or the cost.</source>
        <translation>Chính sách giá %1 không thể lấy %2 làm gốc: %2 đã phụ thuộc vào %1, nên giá của chúng sẽ xoay vòng (%3). Hãy chọn chính sách gốc khác, hoặc lấy giá niêm yết hay giá vốn làm gốc.</translation>
    </message>
    <message>
        <source>There is no rebate agreement numbered %1.</source>
        <translation>Không có thỏa thuận chiết khấu nào mang số %1.</translation>
    </message>
    <message>
        <source>The agreement has no terms.</source>
        <translation>Thỏa thuận chưa có điều khoản.</translation>
    </message>
    <message>
        <source>There is no rebate agreement with id %1.</source>
        <translation>Không có thỏa thuận chiết khấu nào có id %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Không mở được %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a database file acct-desktop can read (%2).</source>
        <translation>%1 không phải tệp cơ sở dữ liệu mà acct-desktop đọc được (%2).</translation>
    </message>
    <message>
        <source>%1 holds other data and is not an acct-desktop database; choose another file or create a new database.</source>
        <translation>%1 chứa dữ liệu khác và không phải cơ sở dữ liệu acct-desktop; hãy chọn tệp khác hoặc tạo cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of acct-desktop (schema %2); this version knows up to %3. Install the newer version to open it. Nothing in it has been changed.</source>
        <translation>%1 được ghi bởi phiên bản acct-desktop mới hơn (lược đồ %2); phiên bản này chỉ biết đến %3. Hãy cài phiên bản mới hơn để mở. Không có gì trong đó bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade from schema %2, but backing it up first failed (%3). Nothing in it has been changed.</source>
        <translation>%1 cần nâng cấp từ lược đồ %2, nhưng việc sao lưu trước đó không thành công (%3). Không có gì trong đó bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is encrypted and this computer&apos;s keyring has no key for it. Enter its recovery key: %2</source>
        <translation>%1 đã được mã hóa và kho khóa của máy tính này không có khóa cho nó. Hãy nhập khóa khôi phục: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened with the keys in this computer&apos;s keyring: it was encrypted on another computer or with another key, or it is not an acct-desktop database. If you have its recovery key, enter it: %2. Nothing in the file has been changed.</source>
        <translation>Không mở được %1 bằng các khóa trong kho khóa của máy tính này: tệp đã được mã hóa trên máy tính khác hoặc bằng khóa khác, hoặc không phải cơ sở dữ liệu acct-desktop. Nếu bạn có khóa khôi phục, hãy nhập: %2. Không có gì trong tệp bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2.</source>
        <translation>%1 không qua được kiểm tra toàn vẹn: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was copied over it.</source>
        <translation>%1 đã tồn tại; không có gì được sao chép đè lên.</translation>
    </message>
    <message>
        <source>Copying %1 failed (%2); it was left as it was.</source>
        <translation>Sao chép %1 không thành công (%2); tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The copy of %1 does not hold the same rows (tables %2); it was discarded and the original left as it was.</source>
        <translation>Bản sao của %1 không có cùng các hàng (bảng %2); bản sao đã bị hủy và bản gốc được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 is open in acct-desktop or another program; close it there and try again. Nothing has been changed.</source>
        <translation>%1 đang mở trong acct-desktop hoặc chương trình khác; hãy đóng ở đó rồi thử lại. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no database.</source>
        <translation>%1 trống: tệp không chứa cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a database.</source>
        <translation>%1 bị hỏng: không thể đọc như một cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is not a database file (it is damaged or of another kind), or it is encrypted with a key this computer&apos;s keyring does not have.</source>
        <translation>%1 không phải tệp cơ sở dữ liệu (bị hỏng hoặc thuộc loại khác), hoặc được mã hóa bằng khóa mà kho khóa của máy tính này không có.</translation>
    </message>
    <message>
        <source>%1 does not exist, so there is nothing to back up.</source>
        <translation>%1 không tồn tại nên không có gì để sao lưu.</translation>
    </message>
    <message>
        <source>Cannot open %1 to back it up (%2).</source>
        <translation>Không mở được %1 để sao lưu (%2).</translation>
    </message>
    <message>
        <source>Backing up %1 failed (%2).</source>
        <translation>Sao lưu %1 không thành công (%2).</translation>
    </message>
    <message>
        <source>There is nothing to split the figure over.</source>
        <translation>Không có gì để chia con số này.</translation>
    </message>
    <message>
        <source>Weights cannot be negative.</source>
        <translation>Trọng số không được âm.</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation>%1 không phải là số tiền.</translation>
    </message>
    <message>
        <source>%1 has more decimals than the %2 decimal a target can have here.</source>
        <translation>%1 có nhiều chữ số thập phân hơn %2 chữ số mà mục tiêu ở đây được phép có.</translation>
    </message>
    <message>
        <source>%1 has more decimals than the %2 decimals a target can have here.</source>
        <translation>%1 có nhiều chữ số thập phân hơn %2 chữ số mà mục tiêu ở đây được phép có.</translation>
    </message>
    <message>
        <source>Seasonality needs 12 months of history, not %1.</source>
        <translation>Phân bổ theo mùa vụ cần 12 tháng lịch sử, không phải %1.</translation>
    </message>
    <message>
        <source>Give 12 month weights or 4 quarter weights, not %1 weights.</source>
        <translation>Hãy nhập 12 trọng số theo tháng hoặc 4 trọng số theo quý, không phải %1 trọng số.</translation>
    </message>
    <message>
        <source>Every weight must be a number.</source>
        <translation>Mọi trọng số phải là số.</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>Ít nhất một trọng số phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>A year has 4 quarters, not %1.</source>
        <translation>Một năm có 4 quý, không phải %1.</translation>
    </message>
    <message>
        <source>Give 12 month weights, not %1.</source>
        <translation>Hãy nhập 12 trọng số theo tháng, không phải %1.</translation>
    </message>
    <message>
        <source>Breaking down by weights needs the weights.</source>
        <translation>Phân bổ theo trọng số cần có các trọng số.</translation>
    </message>
    <message>
        <source>A year has 12 months, not %1.</source>
        <translation>Một năm có 12 tháng, không phải %1.</translation>
    </message>
    <message>
        <source>There is no month %1; months are 1 to 12.</source>
        <translation>Không có tháng %1; tháng từ 1 đến 12.</translation>
    </message>
    <message>
        <source>There is no quarter %1; quarters are 1 to 4.</source>
        <translation>Không có quý %1; quý từ 1 đến 4.</translation>
    </message>
    <message>
        <source>A target is set for one account or one territory.</source>
        <translation>Mục tiêu được đặt cho một khách hàng hoặc một khu vực.</translation>
    </message>
    <message>
        <source>Targets are set for sell-in, outbound or sell-out; stock is a level, not a flow.</source>
        <translation>Mục tiêu được đặt cho nhập hàng, xuất kho hoặc bán ra; tồn kho là mức tồn, không phải dòng chảy.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds measures (%2), but no column is read as the measure; map that column to the measure (one measure for the whole file would book every row as that measure)</source>
        <translation>cột &quot;%1&quot; chứa chỉ tiêu (%2), nhưng không có cột nào được đọc làm chỉ tiêu; hãy gán cột đó cho chỉ tiêu (một chỉ tiêu cho cả tệp sẽ ghi mọi dòng theo chỉ tiêu đó)</translation>
    </message>
    <message>
        <source>the targets of %1 for %2</source>
        <translation>mục tiêu năm %2 của %1</translation>
    </message>
    <message>
        <source>A category has at most %1 characters.</source>
        <translation>Danh mục có tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Mục tiêu không được âm.</translation>
    </message>
    <message>
        <source>A target of %1 is too large.</source>
        <translation>Mục tiêu %1 quá lớn.</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 amounts have (%3).</source>
        <translation>%1 có nhiều chữ số thập phân hơn số tiền %2 (%3).</translation>
    </message>
    <message>
        <source>That account does not exist (any more).</source>
        <translation>Khách hàng đó không tồn tại (nữa).</translation>
    </message>
    <message>
        <source>That territory does not exist (any more).</source>
        <translation>Khu vực đó không tồn tại (nữa).</translation>
    </message>
    <message>
        <source>A quantity is zero or more, with at most %1 decimals.</source>
        <translation>Số lượng phải từ 0 trở lên, tối đa %1 chữ số thập phân.</translation>
    </message>
    <message>
        <source>There is no target cell &quot;%1&quot;.</source>
        <translation>Không có ô mục tiêu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a year targets can be set for.</source>
        <translation>Không thể đặt mục tiêu cho năm %1.</translation>
    </message>
    <message>
        <source>Someone else changed these targets meanwhile; nothing was saved. Look at them again and repeat the change.</source>
        <translation>Trong lúc đó người khác đã thay đổi các mục tiêu này; chưa có gì được lưu. Hãy xem lại và thực hiện lại thay đổi.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>%1 Jan</source>
        <translation>%1 thg 1</translation>
    </message>
    <message>
        <source>%1 Feb</source>
        <translation>%1 thg 2</translation>
    </message>
    <message>
        <source>%1 Mar</source>
        <translation>%1 thg 3</translation>
    </message>
    <message>
        <source>%1 Apr</source>
        <translation>%1 thg 4</translation>
    </message>
    <message>
        <source>%1 May</source>
        <translation>%1 thg 5</translation>
    </message>
    <message>
        <source>%1 Jun</source>
        <translation>%1 thg 6</translation>
    </message>
    <message>
        <source>%1 Jul</source>
        <translation>%1 thg 7</translation>
    </message>
    <message>
        <source>%1 Aug</source>
        <translation>%1 thg 8</translation>
    </message>
    <message>
        <source>%1 Sep</source>
        <translation>%1 thg 9</translation>
    </message>
    <message>
        <source>%1 Oct</source>
        <translation>%1 thg 10</translation>
    </message>
    <message>
        <source>%1 Nov</source>
        <translation>%1 thg 11</translation>
    </message>
    <message>
        <source>%1 Dec</source>
        <translation>%1 thg 12</translation>
    </message>
    <message>
        <source>the period must end on or after its first day</source>
        <translation>giai đoạn phải kết thúc vào hoặc sau ngày đầu tiên</translation>
    </message>
    <message>
        <source>the working day must end after it starts</source>
        <translation>ngày làm việc phải kết thúc sau khi bắt đầu</translation>
    </message>
    <message>
        <source>at least one visit per day</source>
        <translation>ít nhất một lượt viếng thăm mỗi ngày</translation>
    </message>
    <message>
        <source>the travel speed must be positive</source>
        <translation>tốc độ di chuyển phải lớn hơn 0</translation>
    </message>
    <message>
        <source>the lunch break must end after it starts</source>
        <translation>giờ nghỉ trưa phải kết thúc sau khi bắt đầu</translation>
    </message>
    <message>
        <source>not due in this period</source>
        <translation>chưa đến hạn trong giai đoạn này</translation>
    </message>
    <message>
        <source>overdue %1 day</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <source>overdue %1 days</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>đến hạn %1</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>chưa từng viếng thăm</translation>
    </message>
    <message>
        <source>issue %1 was due %2 (%3 day past its deadline)</source>
        <translation>vấn đề %1 đã đến hạn %2 (quá hạn chót %3 ngày)</translation>
    </message>
    <message>
        <source>issue %1 was due %2 (%3 days past its deadline)</source>
        <translation>vấn đề %1 đã đến hạn %2 (quá hạn chót %3 ngày)</translation>
    </message>
    <message>
        <source>issue %1 due %2</source>
        <translation>vấn đề %1 đến hạn %2</translation>
    </message>
    <message>
        <source>quote %1 expires %2</source>
        <translation>báo giá %1 hết hạn %2</translation>
    </message>
    <message>
        <source>rebate %1: %2 to tier %3 by %4</source>
        <translation>chiết khấu %1: còn %2 để lên bậc %3 trước %4</translation>
    </message>
    <message>
        <source>preferred day: %1</source>
        <translation>ngày ưu tiên: %1</translation>
    </message>
    <message>
        <source>no coordinates: travel not estimated</source>
        <translation>không có tọa độ: chưa ước tính quãng đường</translation>
    </message>
    <message>
        <source>fixed appointment</source>
        <translation>lịch hẹn cố định</translation>
    </message>
    <message>
        <source>continued from %1</source>
        <translation>tiếp tục từ %1</translation>
    </message>
    <message>
        <source>not due in this period (next due %1)</source>
        <translation>chưa đến hạn trong giai đoạn này (lần tới đến hạn %1)</translation>
    </message>
    <message>
        <source>no capacity left in this period</source>
        <translation>giai đoạn này không còn chỗ trống</translation>
    </message>
    <message>
        <source>no room left: on %1 day the visits already booked clash, and such a day takes no new visits (move or cancel them)</source>
        <translation>hết chỗ: %1 ngày có các lượt viếng thăm đã đặt bị trùng nhau, và ngày như vậy không nhận lượt mới (hãy dời hoặc hủy chúng)</translation>
    </message>
    <message>
        <source>no room left: on %1 days the visits already booked clash, and such days take no new visits (move or cancel them)</source>
        <translation>hết chỗ: %1 ngày có các lượt viếng thăm đã đặt bị trùng nhau, và những ngày như vậy không nhận lượt mới (hãy dời hoặc hủy chúng)</translation>
    </message>
    <message>
        <source>no working days left in this period</source>
        <translation>giai đoạn này không còn ngày làm việc</translation>
    </message>
    <message>
        <source>closed on all working days of this period</source>
        <translation>đóng cửa vào mọi ngày làm việc của giai đoạn này</translation>
    </message>
    <message>
        <source>visiting hours do not fit the working day</source>
        <translation>giờ tiếp khách không khớp với ngày làm việc</translation>
    </message>
    <message>
        <source>its working hours and yours do not overlap: your %1 is %2 in %3</source>
        <translation>giờ làm việc của khách và của bạn không trùng nhau: %1 của bạn là %2 ở %3</translation>
    </message>
    <message>
        <source>its working hours and yours do not overlap</source>
        <translation>giờ làm việc của khách và của bạn không trùng nhau</translation>
    </message>
    <message>
        <source>cannot be reached and visited within a working day</source>
        <translation>không thể đến và viếng thăm trong một ngày làm việc</translation>
    </message>
    <message>
        <source>%1 fixed appointment cannot be kept on time (%2 late)</source>
        <translation>%1 lịch hẹn cố định không thể đến đúng giờ (trễ %2)</translation>
    </message>
    <message>
        <source>%1 fixed appointments cannot be kept on time (up to %2 late)</source>
        <translation>%1 lịch hẹn cố định không thể đến đúng giờ (trễ tới %2)</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>ngày lễ</translation>
    </message>
    <message>
        <source>day off: %1</source>
        <translation>ngày nghỉ: %1</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>ngày nghỉ</translation>
    </message>
    <message>
        <source>too little of today is left</source>
        <translation>hôm nay không còn đủ thời gian</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>an event without UID: %1</source>
        <translation>một sự kiện không có UID: %1</translation>
    </message>
    <message>
        <source>“%1” (line %2): %3</source>
        <translation>“%1” (dòng %2): %3</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (dòng %2): %3</translation>
    </message>
    <message>
        <source>an event without UID (line %1): %2</source>
        <translation>một sự kiện không có UID (dòng %1): %2</translation>
    </message>
    <message>
        <source>%1 visit updated</source>
        <translation>Đã cập nhật %1 lượt viếng thăm</translation>
    </message>
    <message>
        <source>%1 visits updated</source>
        <translation>Đã cập nhật %1 lượt viếng thăm</translation>
    </message>
    <message>
        <source>%1 event skipped</source>
        <translation>bỏ qua %1 sự kiện</translation>
    </message>
    <message>
        <source>%1 events skipped</source>
        <translation>bỏ qua %1 sự kiện</translation>
    </message>
    <message>
        <source>%1, %2 created, %3 unchanged, %4</source>
        <translation>%1, tạo mới %2, %3 không đổi, %4</translation>
    </message>
    <message>
        <source>“%1” is not a time zone name (try Europe/Amsterdam).</source>
        <translation>“%1” không phải tên múi giờ (thử Europe/Amsterdam).</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Chăm sóc khách hàng</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra cửa hàng</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hướng dẫn kinh doanh</translation>
    </message>
    <message>
        <source>service</source>
        <translation>chăm sóc khách hàng</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>kiểm tra cửa hàng</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>hướng dẫn kinh doanh</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>đã lên lịch</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã thực hiện</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>bỏ lỡ</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Ngày cuối trước ngày đầu.</translation>
    </message>
    <message>
        <source>Export at most three years of visits at once.</source>
        <translation>Mỗi lần chỉ xuất tối đa ba năm viếng thăm.</translation>
    </message>
    <message>
        <source>There are no visits from %1 to %2; nothing was written.</source>
        <translation>Không có lượt viếng thăm nào từ %1 đến %2; không có gì được ghi.</translation>
    </message>
    <message>
        <source>acct-desktop visits</source>
        <translation>Lịch viếng thăm acct-desktop</translation>
    </message>
    <message>
        <source>The %1 visits from %2 to %3 make a calendar file larger than %4 MB, more than acct-desktop reads back; export a shorter period.</source>
        <translation>%1 lượt viếng thăm từ %2 đến %3 tạo thành tệp lịch lớn hơn %4 MB, vượt quá mức acct-desktop đọc lại được; hãy xuất một khoảng thời gian ngắn hơn.</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>Khách hàng: %1 (%2)</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Mục đích: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Contacts met: %1</source>
        <translation>Người đã gặp: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Báo cáo: %1</translation>
    </message>
    <message>
        <source>repeats the UID of an earlier event in the file; the first was used</source>
        <translation>trùng UID với một sự kiện trước đó trong tệp; đã dùng sự kiện đầu tiên</translation>
    </message>
    <message>
        <source>Some of these visits were changed by someone else meanwhile; nothing was imported. Import the file again.</source>
        <translation>Trong lúc đó một số lượt viếng thăm này đã bị người khác thay đổi; không có gì được nhập. Hãy nhập lại tệp.</translation>
    </message>
    <message>
        <source>line %1: %2; it was left out, and so were the events that use it</source>
        <translation>dòng %1: %2; múi giờ này đã bị bỏ qua, cùng với các sự kiện dùng nó</translation>
    </message>
    <message>
        <source>line %1: %2; it was left out (no event uses it)</source>
        <translation>dòng %1: %2; múi giờ này đã bị bỏ qua (không sự kiện nào dùng nó)</translation>
    </message>
    <message>
        <source>line %1: END:VEVENT without a BEGIN:VEVENT before it; the lines before it were not read as an event</source>
        <translation>dòng %1: END:VEVENT mà trước đó không có BEGIN:VEVENT; các dòng trước nó không được đọc thành sự kiện</translation>
    </message>
    <message>
        <source>line %1: the calendar has no END:VCALENDAR line, so the file may be cut off; the events before the cut were read</source>
        <translation>dòng %1: lịch không có dòng END:VCALENDAR nên tệp có thể bị cắt cụt; các sự kiện trước chỗ bị cắt đã được đọc</translation>
    </message>
    <message>
        <source>has no END:VEVENT line (the file may be cut off); it was left out</source>
        <translation>không có dòng END:VEVENT (tệp có thể bị cắt cụt); đã bị bỏ qua</translation>
    </message>
    <message>
        <source>cannot be read (%1); it was left out</source>
        <translation>không đọc được (%1); đã bị bỏ qua</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>a time zone has no name (TZID)</source>
        <translation>một múi giờ không có tên (TZID)</translation>
    </message>
    <message>
        <source>the time zone “%1” has a line “%2” without a colon, which is no property</source>
        <translation>múi giờ “%1” có dòng “%2” không có dấu hai chấm, nên không phải là thuộc tính</translation>
    </message>
    <message>
        <source>the time zone “%1” has a UTC offset “%2” that cannot be read; write it like +0100 or -0500</source>
        <translation>múi giờ “%1” có độ lệch UTC “%2” không đọc được; hãy viết như +0100 hoặc -0500</translation>
    </message>
    <message>
        <source>the time zone “%1” has a %2 “%3” that is not a date and time; write it like 19701025T030000</source>
        <translation>múi giờ “%1” có %2 “%3” không phải là ngày giờ; hãy viết như 19701025T030000</translation>
    </message>
    <message>
        <source>the time zone “%1” has %2 “%3”, which cannot be read</source>
        <translation>múi giờ “%1” có %2 “%3” không đọc được</translation>
    </message>
    <message>
        <source>the time zone “%1” gives a change as a day without a time (%2); a change of time needs a date and a time, like 19701025T030000</source>
        <translation>múi giờ “%1” ghi một lần đổi giờ chỉ có ngày mà không có giờ (%2); lần đổi giờ cần cả ngày và giờ, như 19701025T030000</translation>
    </message>
    <message>
        <source>the time zone “%1” has a change without %2</source>
        <translation>múi giờ “%1” có một lần đổi giờ thiếu %2</translation>
    </message>
    <message>
        <source>the time zone “%1” cannot be read (%2)</source>
        <translation>múi giờ “%1” không đọc được (%2)</translation>
    </message>
    <message>
        <source>its start “%1” is a day that does not exist (%2 has no day %3)</source>
        <translation>thời điểm bắt đầu “%1” là một ngày không có thật (%2 không có ngày %3)</translation>
    </message>
    <message>
        <source>its end “%1” is a day that does not exist (%2 has no day %3)</source>
        <translation>thời điểm kết thúc “%1” là một ngày không có thật (%2 không có ngày %3)</translation>
    </message>
    <message>
        <source>its start “%1” is not a date and time; write it as %2</source>
        <translation>thời điểm bắt đầu “%1” không phải là ngày giờ; hãy viết là %2</translation>
    </message>
    <message>
        <source>its end “%1” is not a date and time; write it as %2</source>
        <translation>thời điểm kết thúc “%1” không phải là ngày giờ; hãy viết là %2</translation>
    </message>
    <message>
        <source>its start “%1” is not a date and time; write year, month, day, T, hours, minutes and seconds, like 20261124T093000 (with Z at the end for UTC)</source>
        <translation>thời điểm bắt đầu “%1” không phải là ngày giờ; hãy viết năm, tháng, ngày, T, giờ, phút và giây, như 20261124T093000 (thêm Z ở cuối nếu là giờ UTC)</translation>
    </message>
    <message>
        <source>its end “%1” is not a date and time; write year, month, day, T, hours, minutes and seconds, like 20261124T103000 (with Z at the end for UTC)</source>
        <translation>thời điểm kết thúc “%1” không phải là ngày giờ; hãy viết năm, tháng, ngày, T, giờ, phút và giây, như 20261124T103000 (thêm Z ở cuối nếu là giờ UTC)</translation>
    </message>
    <message>
        <source>its duration “%1” cannot be read; write it like PT1H30M (one and a half hours)</source>
        <translation>thời lượng “%1” không đọc được; hãy viết như PT1H30M (một tiếng rưỡi)</translation>
    </message>
    <message>
        <source>its %1 “%2” cannot be read</source>
        <translation>%1 “%2” không đọc được</translation>
    </message>
    <message>
        <source>The file holds contacts (vCards), not a calendar; import it as contacts.</source>
        <translation>Tệp chứa danh bạ (vCard), không phải lịch; hãy nhập dưới dạng người liên hệ.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; that is not a visit calendar.</source>
        <translation>Tệp lớn hơn %1 MB; đó không phải lịch viếng thăm.</translation>
    </message>
    <message>
        <source>The file holds no calendar and no events (no BEGIN:VCALENDAR).</source>
        <translation>Tệp không có lịch và không có sự kiện nào (không có BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>%1 event names</source>
        <translation>%1 sự kiện ghi</translation>
    </message>
    <message>
        <source>%1 events name</source>
        <translation>%1 sự kiện ghi</translation>
    </message>
    <message>
        <source>The calendar was not imported: %1 no account found here. Nothing was written. Put the account&apos;s code or exact name in the event&apos;s location or title, or skip these events to import the rest.</source>
        <translation>Lịch chưa được nhập: %1 khách hàng không có ở đây. Chưa ghi gì. Hãy ghi mã hoặc tên chính xác của khách hàng vào địa điểm hoặc tiêu đề sự kiện, hoặc bỏ qua các sự kiện này để nhập phần còn lại.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 no account found here. Nothing was written. Put the account&apos;s code or exact name in the event&apos;s location or title, or skip these events to import the rest.</source>
        <translation>%1 chưa được nhập: %2 khách hàng không có ở đây. Chưa ghi gì. Hãy ghi mã hoặc tên chính xác của khách hàng vào địa điểm hoặc tiêu đề sự kiện, hoặc bỏ qua các sự kiện này để nhập phần còn lại.</translation>
    </message>
    <message>
        <source>has a value that cannot be read; it was left out</source>
        <translation>có một giá trị không đọc được; đã bị bỏ qua</translation>
    </message>
    <message>
        <source>has no UID, so it cannot be matched to a visit</source>
        <translation>không có UID nên không thể khớp với lượt viếng thăm nào</translation>
    </message>
    <message>
        <source>repeats (or changes one occurrence of a series); plan each visit as its own event, acct-desktop does not expand series</source>
        <translation>lặp lại (hoặc thay đổi một lần trong chuỗi); hãy lên kế hoạch mỗi lượt viếng thăm thành một sự kiện riêng, acct-desktop không mở rộng chuỗi lặp</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>lasts longer than 12 hours; that is not a visit</source>
        <translation>kéo dài hơn 12 giờ; đó không phải lượt viếng thăm</translation>
    </message>
    <message>
        <source>has %1 %2 values</source>
        <translation>có %1 giá trị %2</translation>
    </message>
    <message>
        <source>gives its %1 in a time zone without a name (TZID=); write the zone&apos;s name, such as Europe/Amsterdam, or leave TZID out to read it on your own clock</source>
        <translation>ghi %1 theo một múi giờ không có tên (TZID=); hãy ghi tên múi giờ, như Europe/Amsterdam, hoặc bỏ TZID để đọc theo giờ của bạn</translation>
    </message>
    <message>
        <source>uses the time zone “%1”, which cannot be read (line %2)</source>
        <translation>dùng múi giờ “%1” không đọc được (dòng %2)</translation>
    </message>
    <message>
        <source>has no start (DTSTART); give it one to import it as a visit</source>
        <translation>không có thời điểm bắt đầu (DTSTART); hãy đặt thời điểm bắt đầu để nhập thành lượt viếng thăm</translation>
    </message>
    <message>
        <source>has a %1 that cannot be read</source>
        <translation>có %1 không đọc được</translation>
    </message>
    <message>
        <source>is an all-day event; give it a start and end time to import it as a visit</source>
        <translation>là sự kiện cả ngày; hãy đặt giờ bắt đầu và kết thúc để nhập thành lượt viếng thăm</translation>
    </message>
    <message>
        <source>has a %1 that is not a date and time</source>
        <translation>có %1 không phải ngày giờ</translation>
    </message>
    <message>
        <source>uses the time zone “%1”, which the file does not define</source>
        <translation>dùng múi giờ “%1” mà tệp không định nghĩa</translation>
    </message>
    <message>
        <source>has a %1 out of range</source>
        <translation>có %1 nằm ngoài phạm vi</translation>
    </message>
    <message>
        <source>its visit was deleted in acct-desktop; it was not restored</source>
        <translation>lượt viếng thăm của nó đã bị xóa trong acct-desktop; không được khôi phục</translation>
    </message>
    <message>
        <source>its visit is done; its time was not changed</source>
        <translation>lượt viếng thăm của nó đã thực hiện; thời gian không được thay đổi</translation>
    </message>
    <message>
        <source>its visit is missed; its time was not changed</source>
        <translation>lượt viếng thăm của nó đã bị bỏ lỡ; thời gian không được thay đổi</translation>
    </message>
    <message>
        <source>is cancelled and matches no visit; nothing to plan</source>
        <translation>đã bị hủy và không khớp với lượt viếng thăm nào; không cần lên kế hoạch</translation>
    </message>
    <message>
        <source>names the account “%1”, which does not exist</source>
        <translation>ghi khách hàng “%1” nhưng khách hàng này không tồn tại</translation>
    </message>
    <message>
        <source>%1 accounts are called “%2”; put the code in its location</source>
        <translation>có %1 khách hàng tên “%2”; hãy ghi mã vào địa điểm</translation>
    </message>
    <message>
        <source>names several accounts (%1); keep one code in its location</source>
        <translation>ghi nhiều khách hàng (%1); chỉ giữ một mã trong địa điểm</translation>
    </message>
    <message>
        <source>matches no visit and names no account: put the account code in its location or title (or X-ACCT-ACCOUNT) to plan it</source>
        <translation>không khớp với lượt viếng thăm nào và không ghi khách hàng: hãy ghi mã khách hàng vào địa điểm hoặc tiêu đề (hoặc X-ACCT-ACCOUNT) để lên kế hoạch</translation>
    </message>
    <message>
        <source>Visit sheets are printed for at most %1 days at once.</source>
        <translation>Mỗi lần chỉ in phiếu viếng thăm cho tối đa %1 ngày.</translation>
    </message>
    <message>
        <source>There are no planned visits for %1 from %2 to %3.</source>
        <translation>Không có lượt viếng thăm nào đã lên kế hoạch cho %1 từ %2 đến %3.</translation>
    </message>
    <message>
        <source>There are no planned visits from %1 to %2.</source>
        <translation>Không có lượt viếng thăm nào đã lên kế hoạch từ %1 đến %2.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone name.</source>
        <translation>“%1” không phải tên múi giờ.</translation>
    </message>
    <message>
        <source>This QR code is not from an acct-desktop checklist.</source>
        <translation>Mã QR này không phải của danh sách xác nhận acct-desktop.</translation>
    </message>
    <message>
        <source>The QR code&apos;s document hash is malformed.</source>
        <translation>Mã băm tài liệu trong mã QR bị sai định dạng.</translation>
    </message>
    <message>
        <source>%1 · all closed</source>
        <translation>%1 · đã đóng hết</translation>
    </message>
    <message>
        <source>%1 · %2 open</source>
        <translation>%1 · %2 còn mở</translation>
    </message>
    <message>
        <source>%1 · %2 open · %3 overdue</source>
        <translation>%1 · %2 còn mở · %3 quá hạn</translation>
    </message>
    <message>
        <source>This database also holds a checklist %1, but this file is not the copy issued from here.</source>
        <translation>Cơ sở dữ liệu này cũng có danh sách xác nhận %1, nhưng tệp này không phải là bản được lập từ đây.</translation>
    </message>
    <message>
        <source>It is the copy of %1 issued from this database.</source>
        <translation>Đây là bản %1 được lập từ cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>It is the copy of %1 issued from this database, but it is no longer current: it was replaced by %2, issued on %3.</source>
        <translation>Đây là bản %1 được lập từ cơ sở dữ liệu này, nhưng không còn là bản hiện hành: đã được thay thế bằng %2, lập ngày %3.</translation>
    </message>
    <message>
        <source>It is the copy of %1 issued from this database, but it is no longer current: it was replaced by %2, issued on %3; the current revision is %4, issued on %5.</source>
        <translation>Đây là bản %1 được lập từ cơ sở dữ liệu này, nhưng không còn là bản hiện hành: đã được thay thế bằng %2, lập ngày %3; bản hiện hành là %4, lập ngày %5.</translation>
    </message>
    <message>
        <source>The QR code on %1 names %2, but with other content than the copy issued from here.</source>
        <translation>Mã QR trên %1 ghi %2, nhưng nội dung khác với bản được lập từ đây.</translation>
    </message>
    <message>
        <source>The QR code on %1 names %2, not %3.</source>
        <translation>Mã QR trên %1 ghi %2, không phải %3.</translation>
    </message>
    <message>
        <source>This checklist no longer exists.</source>
        <translation>Danh sách xác nhận này không còn tồn tại.</translation>
    </message>
    <message>
        <source>This checklist has no sealed PDF.</source>
        <translation>Danh sách xác nhận này không có tệp PDF đã niêm phong.</translation>
    </message>
    <message>
        <source>The customer cannot have stamped it before it was issued.</source>
        <translation>Khách hàng không thể đóng dấu trước ngày danh sách được lập.</translation>
    </message>
    <message>
        <source>The stamp cannot be dated after today; enter the day the customer stamped it.</source>
        <translation>Ngày đóng dấu không thể sau hôm nay; hãy nhập ngày khách hàng đã đóng dấu.</translation>
    </message>
    <message>
        <source>%1 already has a stamped copy, %2, stamped on %3.</source>
        <translation>%1 đã có bản đóng dấu %2, đóng dấu ngày %3.</translation>
    </message>
    <message>
        <source>Some of the chosen issues belong to another account or were withdrawn.</source>
        <translation>Một số vấn đề đã chọn thuộc khách hàng khác hoặc đã bị rút lại.</translation>
    </message>
    <message>
        <source>%1 and the accounts below it have no open issues to put on a checklist.</source>
        <translation>%1 và các khách hàng cấp dưới không có vấn đề đang mở nào để đưa vào danh sách xác nhận.</translation>
    </message>
    <message>
        <source>%1 has no open issues to put on a checklist.</source>
        <translation>%1 không có vấn đề đang mở nào để đưa vào danh sách xác nhận.</translation>
    </message>
    <message>
        <source>A checklist holds at most %1 issues; choose fewer (%2).</source>
        <translation>Một danh sách xác nhận chứa tối đa %1 vấn đề; hãy chọn ít hơn (đang chọn %2).</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 certificate fingerprint.</source>
        <translation>“%1” không phải là dấu vân tay SHA-256 của chứng thư.</translation>
    </message>
    <message>
        <source>Certificates can be exported as .pem, .crt, .cer or .der files, not “%1”.</source>
        <translation>Chứng thư chỉ xuất được thành tệp .pem, .crt, .cer hoặc .der, không phải “%1”.</translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2).</source>
        <translation>Không đọc được tệp %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 is not a certificate. Ask the sender for their seal certificate as a .pem, .crt, .cer or .der file.</source>
        <translation>Tệp %1 không phải là chứng thư. Hãy đề nghị người gửi gửi chứng thư niêm phong dưới dạng tệp .pem, .crt, .cer hoặc .der.</translation>
    </message>
    <message>
        <source>No seal key has been created yet. Create one (your name and organisation) before sealing checklists.</source>
        <translation>Chưa tạo khóa niêm phong. Hãy tạo một khóa (tên và tổ chức của bạn) trước khi niêm phong danh sách xác nhận.</translation>
    </message>
    <message>
        <source>The seal certificate could not be read (%1).</source>
        <translation>Không đọc được chứng thư niêm phong (%1).</translation>
    </message>
    <message>
        <source>Create a new seal key under Tools → New seal key… (or run `acct-desktop seal new-key`); documents sealed earlier stay verifiable.</source>
        <translation>Hãy tạo khóa niêm phong mới trong Công cụ → Khóa niêm phong mới… (hoặc chạy `acct-desktop seal new-key`); các tài liệu đã niêm phong trước đó vẫn xác minh được.</translation>
    </message>
    <message>
        <source>Create a new seal key under Tools → New seal key… (or run `acct-desktop seal new-key`).</source>
        <translation>Hãy tạo khóa niêm phong mới trong Công cụ → Khóa niêm phong mới… (hoặc chạy `acct-desktop seal new-key`).</translation>
    </message>
    <message>
        <source>The seal key file is missing or unreadable (%1). %2</source>
        <translation>Tệp khóa niêm phong bị thiếu hoặc không đọc được (%1). %2</translation>
    </message>
    <message>
        <source>The seal key could not be unlocked with the passphrase stored in the system keyring (the key file was replaced or damaged). %1</source>
        <translation>Không mở khóa được khóa niêm phong bằng cụm mật khẩu lưu trong kho khóa của hệ thống (tệp khóa đã bị thay thế hoặc hỏng). %1</translation>
    </message>
    <message>
        <source>The seal key does not belong to the seal certificate. %1</source>
        <translation>Khóa niêm phong không khớp với chứng thư niêm phong. %1</translation>
    </message>
    <message>
        <source>The seal certificate file is damaged. %1</source>
        <translation>Tệp chứng thư niêm phong bị hỏng. %1</translation>
    </message>
    <message>
        <source>The seal needs a name.</source>
        <translation>Niêm phong cần có tên.</translation>
    </message>
    <message>
        <source>The name on a seal can be at most %1 characters.</source>
        <translation>Tên trên niêm phong dài tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>The seal needs an organisation.</source>
        <translation>Niêm phong cần có tổ chức.</translation>
    </message>
    <message>
        <source>The organisation on a seal can be at most %1 characters.</source>
        <translation>Tên tổ chức trên niêm phong dài tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” không phải là địa chỉ email.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the seal key&apos;s passphrase (%1). Unlock or configure the keyring, then try again.</source>
        <translation>Kho khóa của hệ thống từ chối lưu cụm mật khẩu của khóa niêm phong (%1). Hãy mở khóa hoặc cấu hình kho khóa rồi thử lại.</translation>
    </message>
    <message>
        <source>The system keyring did not keep the seal key&apos;s passphrase. Unlock or configure the keyring, then try again.</source>
        <translation>Kho khóa của hệ thống không giữ lại cụm mật khẩu của khóa niêm phong. Hãy mở khóa hoặc cấu hình kho khóa rồi thử lại.</translation>
    </message>
    <message>
        <source>The system keyring could not be read (%1), so the seal key cannot be unlocked. Unlock or configure the keyring, then try again.</source>
        <translation>Không đọc được kho khóa của hệ thống (%1), nên không mở khóa được khóa niêm phong. Hãy mở khóa hoặc cấu hình kho khóa rồi thử lại.</translation>
    </message>
    <message>
        <source>The seal key&apos;s passphrase is not in this computer&apos;s system keyring (it was deleted, or the key was copied from another computer), so the key cannot be used. %1</source>
        <translation>Cụm mật khẩu của khóa niêm phong không có trong kho khóa của máy tính này (đã bị xóa, hoặc khóa được sao chép từ máy tính khác), nên không dùng được khóa. %1</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>tệp bị hỏng</translation>
    </message>
    <message>
        <source>Sealed and intact: sealed by %1.</source>
        <translation>Đã niêm phong và nguyên vẹn: do %1 niêm phong.</translation>
    </message>
    <message>
        <source>Sealed and intact: sealed by %1 on %2.</source>
        <translation>Đã niêm phong và nguyên vẹn: do %1 niêm phong lúc %2.</translation>
    </message>
    <message>
        <source>Modified after sealing: the file was changed or had content appended after it was sealed — do not trust it.</source>
        <translation>Đã bị sửa sau khi niêm phong: tệp đã bị thay đổi hoặc bị thêm nội dung sau khi niêm phong — đừng tin tưởng tệp này.</translation>
    </message>
    <message>
        <source>Not sealed: this PDF carries no digital seal.</source>
        <translation>Chưa niêm phong: tệp PDF này không có niêm phong số.</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>không tên</translation>
    </message>
    <message>
        <source>Sealed by a key that is not trusted: the seal is intact, but the certificate (%1, fingerprint %2) did not pass validation: %3.</source>
        <translation>Được niêm phong bằng khóa không được tin cậy: niêm phong còn nguyên vẹn, nhưng chứng thư (%1, dấu vân tay %2) không qua được bước xác thực: %3.</translation>
    </message>
    <message>
        <source>Sealed by an unknown key: the seal is intact but was made by a certificate you have not imported as trusted (%1, fingerprint %2).</source>
        <translation>Được niêm phong bằng khóa không rõ: niêm phong còn nguyên vẹn nhưng được tạo bằng chứng thư bạn chưa nhập làm tin cậy (%1, dấu vân tay %2).</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <source>Not a readable PDF: %1.</source>
        <translation>Không phải tệp PDF đọc được: %1.</translation>
    </message>
    <message>
        <source>an unnamed signer (%1)</source>
        <translation>một người niêm phong không tên (%1)</translation>
    </message>
    <message>
        <source>an unnamed signer</source>
        <translation>một người niêm phong không tên</translation>
    </message>
    <message>
        <source>This file is not a readable PDF, so it cannot be sealed (%1).</source>
        <translation>Tệp này không phải là PDF đọc được, nên không thể niêm phong (%1).</translation>
    </message>
    <message>
        <source>This PDF is already sealed; a checklist is sealed once, as its last step.</source>
        <translation>Tệp PDF này đã được niêm phong; danh sách xác nhận chỉ được niêm phong một lần, ở bước cuối cùng.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <source>it has no PDF header (it may be an image, a text file or another document)</source>
        <translation>tệp không có phần đầu PDF (có thể là ảnh, tệp văn bản hoặc tài liệu khác)</translation>
    </message>
    <message>
        <source>it was sealed on %1, outside the certificate&apos;s validity (%2 to %3)</source>
        <translation>tệp được niêm phong ngày %1, ngoài thời hạn hiệu lực của chứng thư (%2 đến %3)</translation>
    </message>
    <message>
        <source>pyHanko reports %1</source>
        <translation>pyHanko báo: %1</translation>
    </message>
    <message>
        <source>the certificate was not accepted</source>
        <translation>chứng thư không được chấp nhận</translation>
    </message>
    <message>
        <source>%1 card read: %2 created, %3 updated, %4 unchanged.</source>
        <translation>Đã đọc %1 danh thiếp: tạo mới %2, cập nhật %3, %4 không đổi.</translation>
    </message>
    <message>
        <source>%1 cards read: %2 created, %3 updated, %4 unchanged.</source>
        <translation>Đã đọc %1 danh thiếp: tạo mới %2, cập nhật %3, %4 không đổi.</translation>
    </message>
    <message>
        <source>%1 remarks follow.</source>
        <translation>Có %1 ghi chú dưới đây.</translation>
    </message>
    <message>
        <source>There is no account %1 in the database; nothing was imported.</source>
        <translation>Không có khách hàng %1 trong cơ sở dữ liệu; không có gì được nhập.</translation>
    </message>
    <message>
        <source>card %1 (line %2) already describes this contact</source>
        <translation>danh thiếp %1 (dòng %2) đã mô tả người liên hệ này</translation>
    </message>
    <message>
        <source>%1 contacts called &quot;%2&quot; match this card; give it the e-mail or phone of only one of them</source>
        <translation>%1 người liên hệ tên “%2” khớp với danh thiếp này; hãy ghi email hoặc số điện thoại của chỉ một người</translation>
    </message>
    <message>
        <source>card %1 (line %2): the manager it names (X-ACCT-REPORTS-TO %3) is neither in the file nor in the account; the reporting line was left empty</source>
        <translation>danh thiếp %1 (dòng %2): người quản lý được ghi (X-ACCT-REPORTS-TO %3) không có trong tệp cũng không có trong khách hàng; quan hệ báo cáo được để trống</translation>
    </message>
    <message>
        <source>X-ACCT-REPORTS-TO names the card itself</source>
        <translation>X-ACCT-REPORTS-TO trỏ đến chính danh thiếp này</translation>
    </message>
    <message>
        <source>X-ACCT-REPORTS-TO makes a reporting loop</source>
        <translation>X-ACCT-REPORTS-TO tạo thành vòng báo cáo</translation>
    </message>
    <message>
        <source>%1 had already been erased; nothing changed.</source>
        <translation>%1 đã bị xóa từ trước; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The contact&apos;s personal data was erased; they are now shown as %1. Changed or removed: %2 mentioning them, %3, %4, %5.</source>
        <translation>Dữ liệu cá nhân của người liên hệ đã bị xóa; giờ họ được hiển thị là %1. Đã thay đổi hoặc xóa: %2 nhắc đến họ, %3, %4, %5.</translation>
    </message>
    <message>
        <source>%1 of sealed checklists mention them and were left as issued (a sealed document cannot be changed).</source>
        <translation>%1 trong các danh sách xác nhận đã niêm phong có nhắc đến họ và được giữ nguyên như khi phát hành (tài liệu đã niêm phong không thể thay đổi).</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1 đoạn văn bản</translation>
    </message>
    <message>
        <source>%1 texts</source>
        <translation>%1 đoạn văn bản</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>%1 liên kết</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 liên kết</translation>
    </message>
    <message>
        <source>%1 detail</source>
        <translation>%1 thông tin liên hệ</translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation>%1 thông tin liên hệ</translation>
    </message>
    <message>
        <source>%1 audit value</source>
        <translation>%1 giá trị nhật ký</translation>
    </message>
    <message>
        <source>%1 audit values</source>
        <translation>%1 giá trị nhật ký</translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation>%1 mục</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 mục</translation>
    </message>
    <message>
        <source>There is no contact with the id %1.</source>
        <translation>Không có người liên hệ nào có id %1.</translation>
    </message>
    <message>
        <source>Say why the data is erased: the reason is kept in the audit trail.</source>
        <translation>Hãy nêu lý do xóa dữ liệu: lý do được lưu trong nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>The device code is 2 to 6 capital letters or digits, such as 7KX.</source>
        <translation>Mã thiết bị gồm 2 đến 6 chữ in hoa hoặc chữ số, ví dụ 7KX.</translation>
    </message>
    <message>
        <source>The period ends before it starts; choose the dates again.</source>
        <translation>Kỳ kết thúc trước khi bắt đầu; hãy chọn lại ngày.</translation>
    </message>
    <message>
        <source>Your name is printed on every document; fill it in.</source>
        <translation>Tên của bạn được in trên mọi tài liệu; hãy điền vào.</translation>
    </message>
    <message>
        <source>Your company&apos;s name is printed on every document.</source>
        <translation>Tên công ty của bạn được in trên mọi tài liệu.</translation>
    </message>
    <message>
        <source>Your name and company are not set. Fill them in under Tools → My details (or run `acct-desktop manager --name … --organisation …`).</source>
        <translation>Chưa đặt tên và công ty của bạn. Hãy điền trong Công cụ → Thông tin của tôi (hoặc chạy `acct-desktop manager --name … --organisation …`).</translation>
    </message>
    <message>
        <source>A section&apos;s commentary holds at most %1 characters; shorten it or move the details to an attachment.</source>
        <translation>Nhận xét của mỗi phần chứa tối đa %1 ký tự; hãy rút gọn hoặc chuyển chi tiết sang tệp đính kèm.</translation>
    </message>
    <message>
        <source>No territory has the code %1.</source>
        <translation>Không có khu vực nào có mã %1.</translation>
    </message>
    <message>
        <source>%1 has not begun yet (today is %2): choose this month, summed up to date, or an earlier one.</source>
        <translation>%1 chưa bắt đầu (hôm nay là %2): hãy chọn tháng này, tính đến hôm nay, hoặc một tháng trước đó.</translation>
    </message>
    <message>
        <source>%1 in territory %2</source>
        <translation>%1 tại khu vực %2</translation>
    </message>
    <message>
        <source>No sales figures were imported for %1; the nearest months with figures are %2 and %3.</source>
        <translation>Chưa nhập số liệu bán hàng nào cho %1; các tháng gần nhất có số liệu là %2 và %3.</translation>
    </message>
    <message>
        <source>No sales figures were imported for %1; the nearest month with figures is %2.</source>
        <translation>Chưa nhập số liệu bán hàng nào cho %1; tháng gần nhất có số liệu là %2.</translation>
    </message>
    <message>
        <source>No sales figures were imported for %1, nor for any other month.</source>
        <translation>Chưa nhập số liệu bán hàng nào cho %1, và cũng chưa có cho tháng nào khác.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2); swap the dates.</source>
        <translation>Khoảng thời gian kết thúc (%1) trước khi bắt đầu (%2); hãy đổi chỗ hai ngày.</translation>
    </message>
    <message>
        <source>Choose a day after today to snooze until.</source>
        <translation>Hãy chọn một ngày sau hôm nay để tạm ẩn đến ngày đó.</translation>
    </message>
    <message>
        <source>Say why you dismiss this alert; the reason is kept with it.</source>
        <translation>Hãy nêu lý do bỏ qua cảnh báo này; lý do được lưu cùng cảnh báo.</translation>
    </message>
    <message>
        <source>This alert has no key; refresh the list and try again.</source>
        <translation>Cảnh báo này không có khóa; hãy làm mới danh sách rồi thử lại.</translation>
    </message>
    <message>
        <source>a card for a %1 (KIND:%1), not for a person</source>
        <translation>danh thiếp cho một %1 (KIND:%1), không phải cho một người</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from 1 to 5</source>
        <translation>%1 “%2” không phải số nguyên từ 1 đến 5</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date like 2026-11-02</source>
        <translation>%1 “%2” không phải là ngày dạng 2026-11-02</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3</source>
        <translation>%1 “%2” không thuộc: %3</translation>
    </message>
    <message>
        <source>the name is %1 characters long; at most %2 fit</source>
        <translation>tên dài %1 ký tự; tối đa %2</translation>
    </message>
    <message>
        <source>the title is %1 characters long; at most %2 fit</source>
        <translation>chức danh dài %1 ký tự; tối đa %2</translation>
    </message>
    <message>
        <source>the department is %1 characters long; at most %2 fit</source>
        <translation>phòng ban dài %1 ký tự; tối đa %2</translation>
    </message>
    <message>
        <source>the phone is %1 characters long; at most %2 fit</source>
        <translation>số điện thoại dài %1 ký tự; tối đa %2</translation>
    </message>
    <message>
        <source>the email is %1 characters long; at most %2 fit</source>
        <translation>email dài %1 ký tự; tối đa %2</translation>
    </message>
    <message>
        <source>the messenger id is %1 characters long; at most %2 fit</source>
        <translation>tài khoản nhắn tin dài %1 ký tự; tối đa %2</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is longer than 60 characters</source>
        <translation>nhãn “%1” dài hơn 60 ký tự</translation>
    </message>
    <message>
        <source>a value holds control characters</source>
        <translation>một giá trị chứa ký tự điều khiển</translation>
    </message>
    <message>
        <source>the quoted-printable text is not valid %1</source>
        <translation>văn bản quoted-printable không phải %1 hợp lệ</translation>
    </message>
    <message>
        <source>the value cannot be decoded (%1)</source>
        <translation>không giải mã được giá trị (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vCard line</source>
        <translation>“%1” không phải dòng vCard</translation>
    </message>
    <message>
        <source>card %1 (line %2): %3</source>
        <translation>danh thiếp %1 (dòng %2): %3</translation>
    </message>
    <message>
        <source>the file is not valid %1 (%2)</source>
        <translation>tệp không phải %1 hợp lệ (%2)</translation>
    </message>
    <message>
        <source>unknown character set &quot;%1&quot;</source>
        <translation>bộ ký tự không xác định “%1”</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>văn bản không phải %1 hợp lệ</translation>
    </message>
    <message>
        <source>the text is not UTF-8 and the line does not say its CHARSET; save the file as UTF-8 and import it again</source>
        <translation>văn bản không phải UTF-8 và dòng này không ghi CHARSET; hãy lưu tệp dưới dạng UTF-8 rồi nhập lại</translation>
    </message>
    <message>
        <source>the card has no END:VCARD line</source>
        <translation>danh thiếp không có dòng END:VCARD</translation>
    </message>
    <message>
        <source>this is not a vCard file (its first line is &quot;%1&quot;; cards start with BEGIN:VCARD)</source>
        <translation>đây không phải tệp vCard (dòng đầu là “%1”; danh thiếp bắt đầu bằng BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>this is not a vCard file (it is empty; cards start with BEGIN:VCARD)</source>
        <translation>đây không phải tệp vCard (tệp trống; danh thiếp bắt đầu bằng BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>text outside any card (BEGIN:VCARD … END:VCARD)</source>
        <translation>văn bản nằm ngoài danh thiếp (BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>and %1 more lines outside any card</source>
        <translation>và %1 dòng khác nằm ngoài danh thiếp</translation>
    </message>
    <message>
        <source>the card cannot be read (%1)</source>
        <translation>không đọc được danh thiếp (%1)</translation>
    </message>
    <message>
        <source>card %1 (line %2): %3; skipped</source>
        <translation>danh thiếp %1 (dòng %2): %3; đã bỏ qua</translation>
    </message>
    <message>
        <source>its text is not valid %1</source>
        <translation>văn bản không phải %1 hợp lệ</translation>
    </message>
    <message>
        <source>unknown character set or encoding: %1</source>
        <translation>bộ ký tự hoặc mã hóa không xác định: %1</translation>
    </message>
    <message>
        <source>no name (FN or N)</source>
        <translation>không có tên (FN hoặc N)</translation>
    </message>
    <message>
        <source>tier threshold</source>
        <translation>ngưỡng của bậc</translation>
    </message>
    <message>
        <source>tier rate_percent</source>
        <translation>tỷ lệ của bậc</translation>
    </message>
    <message>
        <source>fixed_percent</source>
        <translation>tỷ lệ cố định</translation>
    </message>
    <message>
        <source>last_year</source>
        <translation>doanh số năm trước</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>doanh thu</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>doanh số</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>số đã thanh toán</translation>
    </message>
    <message>
        <source>%1 must be finite, got %2</source>
        <translation>%1 phải là số hữu hạn, nhận được %2</translation>
    </message>
    <message>
        <source>%1 must not be negative, got %2</source>
        <translation>%1 không được âm, nhận được %2</translation>
    </message>
    <message>
        <source>duplicate tier threshold %1</source>
        <translation>ngưỡng bậc %1 bị trùng</translation>
    </message>
    <message>
        <source>fixed_percent terms need a fixed_percent</source>
        <translation>điều khoản tỷ lệ cố định cần có tỷ lệ cố định</translation>
    </message>
    <message>
        <source>fixed_percent terms take no tiers</source>
        <translation>điều khoản tỷ lệ cố định không có bậc</translation>
    </message>
    <message>
        <source>%1 terms take tiers, not a fixed_percent</source>
        <translation>điều khoản %1 dùng các bậc, không dùng tỷ lệ cố định</translation>
    </message>
    <message>
        <source>%1 terms need at least one tier</source>
        <translation>điều khoản %1 cần ít nhất một bậc</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>cố định</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: the rate must be 0 to %4, not %3</source>
        <translation>bậc %1 &apos;%2&apos;: tỷ lệ phải từ 0 đến %4, không phải %3</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>phần tăng trưởng</translation>
    </message>
    <message>
        <source>whole volume</source>
        <translation>toàn bộ sản lượng</translation>
    </message>
    <message>
        <source>band %1+</source>
        <translation>khoảng từ %1 trở lên</translation>
    </message>
    <message>
        <source>band %1–%2</source>
        <translation>khoảng %1–%2</translation>
    </message>
    <message>
        <source>growth terms need last year&apos;s volume</source>
        <translation>điều khoản tăng trưởng cần doanh số năm trước</translation>
    </message>
    <message>
        <source>quantity-based terms need the sales amount to price the rebate</source>
        <translation>điều khoản tính theo số lượng cần doanh thu để tính ra số tiền chiết khấu</translation>
    </message>
    <message>
        <source>period ends (%1) before it starts (%2)</source>
        <translation>kỳ kết thúc (%1) trước khi bắt đầu (%2)</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: threshold &apos;%3&apos; is not a number ≥ 0</source>
        <translation>bậc %1 &apos;%2&apos;: ngưỡng &apos;%3&apos; không phải là số ≥ 0</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: rate &apos;%3&apos; is not a number ≥ 0</source>
        <translation>bậc %1 &apos;%2&apos;: tỷ lệ &apos;%3&apos; không phải là số ≥ 0</translation>
    </message>
    <message>
        <source>no tiers given: expected e.g. &apos;0:1,100000:2&apos;</source>
        <translation>chưa nhập bậc nào: cần nhập dạng &apos;0:1,100000:2&apos;</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: expected THRESHOLD:RATE</source>
        <translation>bậc %1 &apos;%2&apos;: cần có dạng NGƯỠNG:TỶ LỆ (THRESHOLD:RATE)</translation>
    </message>
    <message>
        <source>tier %1 &apos;%2&apos;: duplicate threshold %3</source>
        <translation>bậc %1 &apos;%2&apos;: ngưỡng %3 bị trùng</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>trụ sở chính</translation>
    </message>
    <message>
        <source>regional office</source>
        <translation>văn phòng khu vực</translation>
    </message>
    <message>
        <source>distribution centre</source>
        <translation>trung tâm phân phối</translation>
    </message>
    <message>
        <source>branch warehouse</source>
        <translation>kho chi nhánh</translation>
    </message>
    <message>
        <source>store</source>
        <translation>cửa hàng</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>xưởng sửa chữa</translation>
    </message>
    <message>
        <source>distributor</source>
        <translation>nhà phân phối</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 hoặc %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>chain store</source>
        <translation>chuỗi cửa hàng</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>đội xe</translation>
    </message>
    <message>
        <source>industrial</source>
        <translation>công nghiệp</translation>
    </message>
    <message>
        <source>decision maker</source>
        <translation>người quyết định</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>người ảnh hưởng</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>người mua hàng</translation>
    </message>
    <message>
        <source>user</source>
        <translation>người sử dụng</translation>
    </message>
    <message>
        <source>gatekeeper</source>
        <translation>người gác cổng</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>chuyên môn kỹ thuật</translation>
    </message>
    <message>
        <source>champion</source>
        <translation>ủng hộ nhiệt thành</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>ủng hộ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>trung lập</translation>
    </message>
    <message>
        <source>sceptic</source>
        <translation>hoài nghi</translation>
    </message>
    <message>
        <source>opponent</source>
        <translation>phản đối</translation>
    </message>
    <message>
        <source>account</source>
        <translation>khách hàng</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kênh</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>khu vực</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>mọi người</translation>
    </message>
    <message>
        <source>fixed price</source>
        <translation>giá cố định</translation>
    </message>
    <message>
        <source>percent discount</source>
        <translation>chiết khấu theo phần trăm</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>công thức</translation>
    </message>
    <message>
        <source>fixed percentage</source>
        <translation>tỷ lệ % cố định</translation>
    </message>
    <message>
        <source>whole-volume tiers</source>
        <translation>bậc toàn phần</translation>
    </message>
    <message>
        <source>banded tiers</source>
        <translation>lũy tiến từng phần</translation>
    </message>
    <message>
        <source>sell-in</source>
        <translation>nhập hàng</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>xuất kho</translation>
    </message>
    <message>
        <source>sell-out</source>
        <translation>bán ra</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>tồn kho</translation>
    </message>
    <message>
        <source>evenly</source>
        <translation>đều nhau</translation>
    </message>
    <message>
        <source>like last year&apos;s sales</source>
        <translation>theo doanh số năm trước</translation>
    </message>
    <message>
        <source>by weights</source>
        <translation>theo trọng số</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account kind; use one of: %2</source>
        <translation>“%1” không phải là loại khách hàng; dùng một trong: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; use one of: %2</source>
        <translation>“%1” không phải là kênh; dùng một trong: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier; use one of: %2</source>
        <translation>“%1” không phải là hạng; dùng một trong: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMU role; use one of: %2</source>
        <translation>“%1” không phải là vai trò; dùng một trong: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attitude; use one of: %2</source>
        <translation>“%1” không phải là thái độ; dùng một trong: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope; use one of: %2</source>
        <translation>“%1” không phải là phạm vi; dùng một trong: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule kind; use one of: %2 (or leave it empty: the list price stands)</source>
        <translation>“%1” không phải là loại quy tắc giá; dùng một trong: %2 (hoặc để trống: giữ giá niêm yết)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rebate kind; use one of: %2</source>
        <translation>“%1” không phải là loại chiết khấu; dùng một trong: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a measure; use one of: %2</source>
        <translation>“%1” không phải là chỉ tiêu; dùng một trong: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a breakdown method; use one of: %2</source>
        <translation>“%1” không phải là cách chia; dùng một trong: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can mean %2; write the one you mean as listed: %3</source>
        <translation>“%1” có thể là %2; hãy viết đúng mục muốn dùng như trong danh sách: %3</translation>
    </message>
    <message>
        <source>global</source>
        <translation>toàn bộ</translation>
    </message>
    <message>
        <source>%1 scope %2 does not cover account %3</source>
        <translation>phạm vi %1 %2 không bao gồm khách hàng %3</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>danh mục %1</translation>
    </message>
    <message>
        <source>for %1, not %2</source>
        <translation>dành cho %1, không phải %2</translation>
    </message>
    <message>
        <source>outside validity %1</source>
        <translation>ngoài thời hạn hiệu lực %1</translation>
    </message>
    <message>
        <source>currency %1 is not %2</source>
        <translation>tiền tệ %1 không phải %2</translation>
    </message>
    <message>
        <source>cannot convert unit %1 to %2</source>
        <translation>không thể quy đổi đơn vị %1 sang %2</translation>
    </message>
    <message>
        <source>min qty %1 &gt; %2</source>
        <translation>số lượng tối thiểu %1 &gt; %2</translation>
    </message>
    <message>
        <source>base rule %1 not found</source>
        <translation>không tìm thấy chính sách gốc %1</translation>
    </message>
    <message>
        <source>base rule %1 does not apply: %2</source>
        <translation>chính sách gốc %1 không áp dụng: %2</translation>
    </message>
    <message>
        <source>less specific than %1</source>
        <translation>kém cụ thể hơn %1</translation>
    </message>
    <message>
        <source>lower min qty break than %1</source>
        <translation>mức số lượng tối thiểu thấp hơn %1</translation>
    </message>
    <message>
        <source>same rank as %1; tie broken by rule id</source>
        <translation>cùng hạng với %1; phân định theo mã chính sách</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) overlap for the same scope</source>
        <translation>%1 (%2) và %3 (%4) cùng phạm vi áp dụng và trùng thời hạn</translation>
    </message>
    <message>
        <source>%1 never fires: shadowed by %2 (same scope, window covers it)</source>
        <translation>%1 không bao giờ được áp dụng: bị %2 che khuất (cùng phạm vi, thời hạn bao trùm)</translation>
    </message>
    <message>
        <source>%1 never fires: valid_to &lt; valid_from</source>
        <translation>%1 không bao giờ được áp dụng: ngày kết thúc trước ngày bắt đầu</translation>
    </message>
    <message>
        <source>%1 is based on %2, which does not exist</source>
        <translation>%1 dựa trên %2, nhưng chính sách này không tồn tại</translation>
    </message>
    <message>
        <source>%1 is based on %2, which expired on %3</source>
        <translation>%1 dựa trên %2, đã hết hạn ngày %3</translation>
    </message>
    <message>
        <source>price rules refer to each other in a loop: %1</source>
        <translation>các chính sách giá tham chiếu lẫn nhau thành vòng lặp: %1</translation>
    </message>
    <message>
        <source>A day off must end on or after its first day.</source>
        <translation>Ngày nghỉ phải kết thúc vào hoặc sau ngày đầu tiên.</translation>
    </message>
    <message>
        <source>Enter days off of at most a year at a time.</source>
        <translation>Mỗi lần chỉ nhập ngày nghỉ dài tối đa một năm.</translation>
    </message>
    <message>
        <source>Keep the note to 60 characters.</source>
        <translation>Ghi chú tối đa 60 ký tự.</translation>
    </message>
    <message>
        <source>Enter the start as a latitude and a longitude, e.g. 10.7769, 106.7009.</source>
        <translation>Nhập nơi xuất phát bằng vĩ độ và kinh độ, vd: 10.7769, 106.7009.</translation>
    </message>
    <message>
        <source>A latitude is from -90 to 90 and a longitude from -180 to 180.</source>
        <translation>Vĩ độ từ -90 đến 90 và kinh độ từ -180 đến 180.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Ngày làm việc phải kết thúc sau khi bắt đầu.</translation>
    </message>
    <message>
        <source>The lunch break must end after it starts.</source>
        <translation>Giờ nghỉ trưa phải kết thúc sau khi bắt đầu.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Hãy chọn ít nhất một ngày làm việc.</translation>
    </message>
    <message>
        <source>Plan 1 to 20 visits a day at most.</source>
        <translation>Số lượt viếng thăm tối đa mỗi ngày phải từ 1 đến 20.</translation>
    </message>
    <message>
        <source>The average travel speed must be 5 to 130 km/h.</source>
        <translation>Tốc độ di chuyển trung bình phải từ 5 đến 130 km/h.</translation>
    </message>
    <message>
        <source>“%1” is not a day off: write a day as %2, or days as %3.</source>
        <translation>“%1” không phải là ngày nghỉ: hãy viết một ngày như %2, hoặc nhiều ngày như %3.</translation>
    </message>
    <message>
        <source>No public holidays are known for the country %1: give its two-letter code (NL, VN, CN…).</source>
        <translation>Không có dữ liệu ngày lễ cho nước %1: hãy nhập mã hai chữ cái của nước đó (NL, VN, CN…).</translation>
    </message>
    <message>
        <source>%1 has no region %2 (it has: %3).</source>
        <translation>%1 không có vùng %2 (các vùng có: %3).</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>kiện</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>%1 · %2: %4 %5 from %3 on (%6) is more than %7 %5 below %3 (%8): a bigger order pays more per unit</source>
        <translation>%1 · %2: giá %4 %5 từ %3 trở lên (%6) cao hơn giá %7 %5 dưới %3 (%8): đặt nhiều hơn lại trả giá cao hơn cho mỗi đơn vị</translation>
    </message>
    <message>
        <source>The terms are incomplete: %1.</source>
        <translation>Điều khoản chưa đầy đủ: %1.</translation>
    </message>
    <message>
        <source>The account %1 has no active rebate agreement.</source>
        <translation>Khách hàng %1 không có thỏa thuận chiết khấu nào đang hiệu lực.</translation>
    </message>
    <message>
        <source>Line %1 (%2): policy %3 is in %4, so in %5 the list price stands.</source>
        <translation>Dòng %1 (%2): chính sách %3 tính bằng %4, nên khi dùng %5 sẽ áp dụng giá niêm yết.</translation>
    </message>
    <message>
        <source>Line %1 (%2): policy %3 is in %4, so in %5 policy %6 prices it.</source>
        <translation>Dòng %1 (%2): chính sách %3 tính bằng %4, nên khi dùng %5 giá do chính sách %6 quyết định.</translation>
    </message>
    <message>
        <source>%1 was not imported: the backup to take before replacing figures could not be made (%2). Nothing was written.</source>
        <translation>%1 chưa được nhập: không tạo được bản sao lưu cần có trước khi thay thế số liệu (%2). Không có gì được ghi.</translation>
    </message>
    <message>
        <source>%1: %2 row</source>
        <translation>%1: %2 dòng</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 dòng</translation>
    </message>
    <message>
        <source>%1: %2 row (line %3)</source>
        <translation>%1: %2 dòng (dòng %3)</translation>
    </message>
    <message>
        <source>%1: %2 rows (line %3)</source>
        <translation>%1: %2 dòng (dòng %3)</translation>
    </message>
    <message>
        <source>%1: %2 rows (lines %3)</source>
        <translation>%1: %2 dòng (các dòng %3)</translation>
    </message>
    <message>
        <source>this row is in %1, which holds only %2 of the file&apos;s %3 rows (%4 holds %5): is its date mistyped? Importing it would replace %1&apos;s figures of the file&apos;s accounts</source>
        <translation>dòng này thuộc %1, tháng chỉ có %2 trong %3 dòng của tệp (%4 có %5 dòng): ngày có bị gõ sai không? Nhập tệp sẽ thay thế số liệu %1 của các khách hàng trong tệp</translation>
    </message>
    <message>
        <source>this row is in %1, outside the months named for this import (%2)</source>
        <translation>dòng này thuộc %1, nằm ngoài các tháng đã nêu cho lần nhập này (%2)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>The file&apos;s rows by month: %1.</source>
        <translation>Số dòng của tệp theo tháng: %1.</translation>
    </message>
    <message>
        <source>The file&apos;s measures were replaced in its months for every account of its accounts&apos; territories, not only for the accounts in the file.</source>
        <translation>Các chỉ tiêu của tệp đã được thay thế trong các tháng của tệp cho mọi khách hàng thuộc khu vực của các khách hàng trong tệp, không chỉ cho các khách hàng có trong tệp.</translation>
    </message>
    <message>
        <source>The file&apos;s measures were replaced in its months for every account, not only for the accounts in the file.</source>
        <translation>Các chỉ tiêu của tệp đã được thay thế trong các tháng của tệp cho mọi khách hàng, không chỉ cho các khách hàng có trong tệp.</translation>
    </message>
    <message>
        <source>There is no account with code “%1” to start from.</source>
        <translation>Không có khách hàng mã “%1” để xuất phát.</translation>
    </message>
    <message>
        <source>%1 has no coordinates: the day cannot start there.</source>
        <translation>%1 không có tọa độ: không thể bắt đầu ngày từ đó.</translation>
    </message>
    <message>
        <source>this column is read as the amount, but its header names a quantity: its numbers would be booked as money</source>
        <translation>cột này được đọc là số tiền, nhưng tiêu đề của nó là số lượng: các con số trong cột sẽ bị ghi thành tiền</translation>
    </message>
    <message>
        <source>this column is read as the amount, but on every row it holds the same number as the quantity (column &quot;%1&quot;): is a quantity read as the amount?</source>
        <translation>cột này được đọc là số tiền, nhưng ở mọi dòng nó có cùng con số với số lượng (cột &quot;%1&quot;): có phải số lượng đang bị đọc thành số tiền?</translation>
    </message>
    <message>
        <source>The database cannot be reached just now; what you type is kept.</source>
        <translation>Hiện không kết nối được cơ sở dữ liệu; nội dung bạn nhập vẫn được giữ.</translation>
    </message>
    <message>
        <source>The team database on %1 cannot be reached; check the network or ask the administrator. Your work is kept.</source>
        <translation>Không kết nối được cơ sở dữ liệu nhóm trên %1; hãy kiểm tra mạng hoặc hỏi quản trị viên. Công việc của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened; check that its drive or network share is connected. Your work is kept.</source>
        <translation>Không mở được tệp cơ sở dữ liệu %1; hãy kiểm tra ổ đĩa hoặc thư mục mạng chứa tệp đã được kết nối. Công việc của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>The team database on %1 refused the password for user %2.</source>
        <translation>Cơ sở dữ liệu nhóm trên %1 đã từ chối mật khẩu của người dùng %2.</translation>
    </message>
    <message>
        <source>The team database on %1 asks for the password of user %2, and no password is stored for it.</source>
        <translation>Cơ sở dữ liệu nhóm trên %1 yêu cầu mật khẩu của người dùng %2, nhưng chưa có mật khẩu nào được lưu cho người dùng này.</translation>
    </message>
    <message>
        <source>The team database on %1 does not let user %2 in; ask the administrator to give this user access.</source>
        <translation>Cơ sở dữ liệu nhóm trên %1 không cho người dùng %2 đăng nhập; hãy nhờ quản trị viên cấp quyền truy cập cho người dùng này.</translation>
    </message>
    <message>
        <source>%1 prices the same customers and products %2 and wins (same level, older code): %3 would never price anything. Shorten %1, or make %3 more specific.</source>
        <translation>%1 định giá cho cùng khách hàng và sản phẩm %2 và được ưu tiên (cùng cấp, mã cũ hơn): %3 sẽ không bao giờ định giá. Hãy rút ngắn %1, hoặc làm %3 cụ thể hơn.</translation>
    </message>
    <message>
        <source>%1 prices the same customers and products %2 and wins (same level, older code): %3 prices only outside those days. Shorten one of them, or make %3 more specific.</source>
        <translation>%1 định giá cho cùng khách hàng và sản phẩm %2 và được ưu tiên (cùng cấp, mã cũ hơn): %3 chỉ định giá ngoài những ngày đó. Hãy rút ngắn một trong hai, hoặc làm %3 cụ thể hơn.</translation>
    </message>
    <message>
        <source>%1 takes over from %3 %2 (same level, older code): %3 would never price anything again. Shorten one of them.</source>
        <translation>%1 thay thế %3 %2 (cùng cấp, mã cũ hơn): %3 sẽ không bao giờ định giá nữa. Hãy rút ngắn một trong hai.</translation>
    </message>
    <message>
        <source>%1 takes over from %3 %2 (same level, older code): %3 stops pricing on those days. Shorten one of them.</source>
        <translation>%1 thay thế %3 %2 (cùng cấp, mã cũ hơn): %3 ngừng định giá vào những ngày đó. Hãy rút ngắn một trong hai.</translation>
    </message>
    <message>
        <source>Save again to keep it as it is.</source>
        <translation>Lưu lần nữa để giữ nguyên như vậy.</translation>
    </message>
    <message>
        <source>Approve it anyway: I know it will never price anything</source>
        <translation>Vẫn phê duyệt: tôi biết nó sẽ không bao giờ định giá</translation>
    </message>
    <message>
        <source>You submitted %1 yourself: say who approved it (for example the sales director, by phone). An approval is someone else&apos;s decision.</source>
        <translation>Chính bạn đã gửi %1: hãy cho biết ai đã phê duyệt (ví dụ giám đốc bán hàng, qua điện thoại). Phê duyệt là quyết định của người khác.</translation>
    </message>
    <message>
        <source>%1 is active and stays in the register: only a draft that was never submitted can be deleted. To end it, terminate it (Terminate…).</source>
        <translation>%1 đang có hiệu lực và được giữ trong sổ đăng ký: chỉ bản nháp chưa từng gửi duyệt mới có thể xóa. Để kết thúc, hãy chấm dứt nó (Chấm dứt…).</translation>
    </message>
    <message>
        <source>%1 is %2 and stays in the register with its history: only a draft that was never submitted can be deleted.</source>
        <translation>%1 đang ở trạng thái “%2” và được giữ trong sổ đăng ký cùng lịch sử: chỉ bản nháp chưa từng gửi duyệt mới có thể xóa.</translation>
    </message>
    <message>
        <source>%1 was submitted for approval before and stays in the register with its history: correct it and submit it again, or leave it as a draft.</source>
        <translation>%1 đã từng được gửi duyệt nên được giữ trong sổ đăng ký cùng lịch sử: hãy sửa rồi gửi duyệt lại, hoặc để nguyên là bản nháp.</translation>
    </message>
    <message>
        <source>(deleted account)</source>
        <translation>(khách hàng đã bị xóa)</translation>
    </message>
    <message>
        <source>(deleted territory)</source>
        <translation>(khu vực đã bị xóa)</translation>
    </message>
    <message>
        <source>(deleted product)</source>
        <translation>(sản phẩm đã bị xóa)</translation>
    </message>
    <message>
        <source>(deleted price policy)</source>
        <translation>(chính sách giá đã bị xóa)</translation>
    </message>
    <message>
        <source>(deleted contact)</source>
        <translation>(người liên hệ đã bị xóa)</translation>
    </message>
    <message>
        <source>(deleted quote)</source>
        <translation>(báo giá đã bị xóa)</translation>
    </message>
    <message>
        <source>(deleted issue)</source>
        <translation>(vấn đề đã bị xóa)</translation>
    </message>
    <message>
        <source>install a font that has them (Windows&apos; SimSun-ExtB and MingLiU-ExtB have most rare Chinese characters)</source>
        <translation>cài một phông chữ có các ký tự đó (phông SimSun-ExtB và MingLiU-ExtB của Windows có hầu hết các chữ Hán hiếm)</translation>
    </message>
    <message>
        <source>install a font that has them (open the font file with Font Book)</source>
        <translation>cài một phông chữ có các ký tự đó (mở tệp phông chữ bằng Font Book)</translation>
    </message>
    <message>
        <source>install a font that has them (the fonts-hanazono package has most rare Chinese characters)</source>
        <translation>cài một phông chữ có các ký tự đó (gói fonts-hanazono có hầu hết các chữ Hán hiếm)</translation>
    </message>
    <message>
        <source>These characters could not be printed with the fonts on this computer and show as □ in the PDF: %1. To print them, %2, or set %3 to a font file that has them.</source>
        <translation>Không in được các ký tự này bằng phông chữ trên máy tính này, trong PDF chúng hiện thành □: %1. Để in được, hãy %2, hoặc đặt %3 thành một tệp phông chữ có các ký tự đó.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the file has no amount column, so the amounts of the figures it replaces would become 0 (%1; in all %2). Columns not read: %3</source>
        <translation>tệp không có cột số tiền, nên số tiền của các số liệu bị thay thế sẽ thành 0 (%1; tổng cộng %2). Các cột không được đọc: %3</translation>
    </message>
    <message>
        <source>the file has no amount column, so the amounts of the figures it replaces would become 0 (%1; in all %2)</source>
        <translation>tệp không có cột số tiền, nên số tiền của các số liệu bị thay thế sẽ thành 0 (%1; tổng cộng %2)</translation>
    </message>
    <message>
        <source>the file has no quantity column, so the quantities of the figures it replaces would become 0 (%1; in all %2). Columns not read: %3</source>
        <translation>tệp không có cột số lượng, nên số lượng của các số liệu bị thay thế sẽ thành 0 (%1; tổng cộng %2). Các cột không được đọc: %3</translation>
    </message>
    <message>
        <source>the file has no quantity column, so the quantities of the figures it replaces would become 0 (%1; in all %2)</source>
        <translation>tệp không có cột số lượng, nên số lượng của các số liệu bị thay thế sẽ thành 0 (%1; tổng cộng %2)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds numbers (%2), but no column is read as the amount, so every amount would be 0; map that column to the amount</source>
        <translation>cột &quot;%1&quot; chứa số (%2), nhưng không cột nào được đọc là số tiền, nên mọi số tiền sẽ là 0; hãy gán cột đó cho số tiền</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds numbers (%2), but no column is read as the quantity, so every quantity would be 0; map that column to the quantity</source>
        <translation>cột &quot;%1&quot; chứa số (%2), nhưng không cột nào được đọc là số lượng, nên mọi số lượng sẽ là 0; hãy gán cột đó cho số lượng</translation>
    </message>
    <message>
        <source>%1 changed %2 since; your change was not undone.</source>
        <translation>%1 đã thay đổi %2 sau đó; thay đổi của bạn chưa được hoàn tác.</translation>
    </message>
    <message>
        <source>%1 was changed since; your change was not undone.</source>
        <translation>%1 đã bị thay đổi sau đó; thay đổi của bạn chưa được hoàn tác.</translation>
    </message>
    <message>
        <source>%1 changed %2 since; your change was not redone.</source>
        <translation>%1 đã thay đổi %2 sau đó; thay đổi của bạn chưa được làm lại.</translation>
    </message>
    <message>
        <source>%1 was changed since; your change was not redone.</source>
        <translation>%1 đã bị thay đổi sau đó; thay đổi của bạn chưa được làm lại.</translation>
    </message>
    <message>
        <source>%1 saved a change to %2 at the same moment; your change was not saved. Look at it again and repeat your change.</source>
        <translation>%1 đã lưu một thay đổi của %2 cùng lúc; thay đổi của bạn chưa được lưu. Hãy xem lại và thực hiện lại thay đổi.</translation>
    </message>
    <message>
        <source>%1 was changed at the same moment; your change was not saved. Look at it again and repeat your change.</source>
        <translation>%1 đã bị người khác thay đổi cùng lúc; thay đổi của bạn chưa được lưu. Hãy xem lại và thực hiện lại thay đổi.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>bản ghi này</translation>
    </message>
    <message>
        <source>the visit to %1 on %2</source>
        <translation>chuyến thăm %1 ngày %2</translation>
    </message>
    <message>
        <source>cannot be reached in time from %1: %2 drive, %3 between</source>
        <translation>không kịp đến từ %1: lái xe %2, chỉ có %3</translation>
    </message>
    <message>
        <source>%1 account, none with a manager named on its territory</source>
        <translation>%1 khách hàng, khu vực chưa có quản lý</translation>
    </message>
    <message>
        <source>%1 accounts, none with a manager named on their territories</source>
        <translation>%1 khách hàng, không khu vực nào có quản lý</translation>
    </message>
    <message>
        <source>%1 (%2) also counts the sales of %3 and the accounts under it from %4 to %5: the same sales would earn both rebates.</source>
        <translation>%1 (%2) cũng tính doanh số của %3 và các khách hàng trực thuộc từ %4 đến %5: cùng một doanh số sẽ được hưởng hai khoản chiết khấu.</translation>
    </message>
    <message>
        <source>%1 (%2) also counts the %6 sales of %3 and the accounts under it from %4 to %5: the same sales would earn both rebates.</source>
        <translation>%1 (%2) cũng tính doanh số %6 của %3 và các khách hàng trực thuộc từ %4 đến %5: cùng một doanh số sẽ được hưởng hai khoản chiết khấu.</translation>
    </message>
</context>
<context>
    <name>planActual</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Từ đầu năm đến nay</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 tháng gần nhất</translation>
    </message>
    <message>
        <source>Account hierarchy</source>
        <translation>Phân cấp khách hàng</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
</context>
<context>
    <name>planColumns</name>
    <message>
        <source>Default columns</source>
        <translation>Cột mặc định</translation>
    </message>
</context>
<context>
    <name>planMonths</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Var. %</source>
        <translation>Chênh lệch %</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>So với kế hoạch</translation>
    </message>
</context>
<context>
    <name>planTree</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Var. %</source>
        <translation>Chênh lệch %</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>So với kế hoạch</translation>
    </message>
    <message>
        <source>Sell-out / week</source>
        <translation>Bán ra / tuần</translation>
    </message>
    <message>
        <source>Turnover days</source>
        <translation>Số ngày quay vòng</translation>
    </message>
    <message>
        <source>Weeks of cover</source>
        <translation>Số tuần tồn kho</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <source>Sell-out
per week</source>
        <translation>Bán ra
mỗi tuần</translation>
    </message>
    <message>
        <source>Turnover
(days)</source>
        <translation>Quay vòng
(ngày)</translation>
    </message>
    <message>
        <source>Cover
(weeks)</source>
        <translation>Tồn kho
(tuần)</translation>
    </message>
    <message>
        <source>Variance: actual − target</source>
        <translation>Chênh lệch: thực hiện − mục tiêu</translation>
    </message>
    <message>
        <source>Variance %: (actual − target) ÷ target</source>
        <translation>Chênh lệch %: (thực hiện − mục tiêu) ÷ mục tiêu</translation>
    </message>
    <message>
        <source>Sell-out per week: units sold to end customers ÷ weeks in the period</source>
        <translation>Bán ra mỗi tuần: số đơn vị bán cho khách hàng cuối ÷ số tuần trong kỳ</translation>
    </message>
    <message>
        <source>Turnover days: closing stock ÷ average daily outbound (how many days the stock lasts at this pace of shipping)</source>
        <translation>Số ngày quay vòng: tồn kho cuối kỳ ÷ lượng xuất kho bình quân mỗi ngày (tồn kho đủ cho bao nhiêu ngày với tốc độ xuất hàng hiện tại)</translation>
    </message>
    <message>
        <source>Weeks of cover: closing stock ÷ weekly sell-out (outbound where no sell-out is reported)</source>
        <translation>Số tuần tồn kho: tồn kho cuối kỳ ÷ lượng bán ra mỗi tuần (theo lượng xuất kho nếu không báo cáo bán ra)</translation>
    </message>
    <message>
        <source>Behind plan</source>
        <translation>Chậm kế hoạch</translation>
    </message>
    <message>
        <source>On plan</source>
        <translation>Đúng kế hoạch</translation>
    </message>
    <message>
        <source>Ahead of plan</source>
        <translation>Vượt kế hoạch</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Chưa có mục tiêu</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>Behind (from below)</source>
        <translation>Chậm (từ cấp dưới)</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>Nhập hàng</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Xuất kho</translation>
    </message>
    <message>
        <source>Sell-out</source>
        <translation>Bán ra</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Tồn kho hiện có</translation>
    </message>
    <message>
        <source>Stock check</source>
        <translation>Kiểm tra tồn kho</translation>
    </message>
    <message>
        <source>Low cover</source>
        <translation>Tồn kho thấp</translation>
    </message>
    <message>
        <source>Slow-moving</source>
        <translation>Chậm luân chuyển</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>Trong ngưỡng</translation>
    </message>
    <message>
        <source>Stock on hand: each account&apos;s last stock count in the period, with all below it</source>
        <translation>Tồn kho hiện có: lần kiểm kê cuối cùng trong kỳ của mỗi khách hàng, gồm mọi cấp dưới</translation>
    </message>
    <message>
        <source>Low cover: less stock than the weeks of cover wanted; slow-moving: stock lasting longer than the turnover days allowed</source>
        <translation>Tồn kho thấp: tồn kho ít hơn số tuần tồn kho cần có; chậm luân chuyển: tồn kho kéo dài hơn số ngày quay vòng cho phép</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Đã lập</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Đã có biện pháp</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>%1 %2 below plan at %3</source>
        <translation>%1 thấp hơn kế hoạch %2 tại %3</translation>
    </message>
    <message>
        <source>%1 %2 above plan at %3</source>
        <translation>%1 cao hơn kế hoạch %2 tại %3</translation>
    </message>
    <message>
        <source>Only %2 weeks of stock cover at %3</source>
        <translation>Chỉ còn %2 tuần tồn kho tại %3</translation>
    </message>
    <message>
        <source>Stock at %3 lasts %2 days at this pace of shipping</source>
        <translation>Tồn kho tại %3 đủ cho %2 ngày với tốc độ xuất hàng hiện tại</translation>
    </message>
    <message>
        <source>One account below is behind plan: %1 %2</source>
        <translation>Một khách hàng cấp dưới đang chậm kế hoạch: %1 %2</translation>
    </message>
    <message>
        <source>%1 accounts below are behind plan; furthest behind: %2 %3</source>
        <translation>%1 khách hàng cấp dưới đang chậm kế hoạch; chậm nhất: %2 %3</translation>
    </message>
    <message>
        <source>%1 · %2 behind below</source>
        <translation>%1 · %2 cấp dưới chậm</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(không có danh mục)</translation>
    </message>
    <message>
        <source>(no territory)</source>
        <translation>(không có khu vực)</translation>
    </message>
    <message>
        <source>No target of its own: its target is the sum of the targets below it.</source>
        <translation>Không có mục tiêu riêng: mục tiêu là tổng mục tiêu của các cấp dưới.</translation>
    </message>
</context>
<context>
    <name>price_check</name>
    <message>
        <source>fired</source>
        <translation>đã áp dụng</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <source>outranked</source>
        <translation>bị chính sách ưu tiên hơn thay thế</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>giá niêm yết %1</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>giá vốn %1</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>chiết khấu %1</translation>
    </message>
    <message>
        <source>markup %1</source>
        <translation>tỷ lệ lợi nhuận trên giá vốn %1</translation>
    </message>
    <message>
        <source>Guard rails: %1</source>
        <translation>Giới hạn giá: %1</translation>
    </message>
    <message>
        <source>Policies considered:</source>
        <translation>Các chính sách đã xét:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>No products in the catalogue yet. Load the price list (acct-desktop import products FILE) to see what this account buys and what not.</source>
        <translation>Danh mục chưa có sản phẩm. Nạp bảng giá (acct-desktop import products TỆP) để xem khách hàng này mua gì và không mua gì.</translation>
    </message>
    <message>
        <source>No contacts yet. Add one on the contact map (Ctrl+N there), or drop a .vcf file on the window.</source>
        <translation>Chưa có liên hệ nào. Thêm trên sơ đồ liên hệ (Ctrl+N tại đó), hoặc thả tệp .vcf vào cửa sổ.</translation>
    </message>
    <message>
        <source>No visits yet. Plan one in the visit calendar: double-click a free time.</source>
        <translation>Chưa có lần viếng thăm nào. Lên lịch trong lịch viếng thăm: nhấp đúp vào một khoảng trống.</translation>
    </message>
    <message>
        <source>No price policy applies to this account. Enter one under Price policies and rebates (New, Ctrl+N).</source>
        <translation>Không có chính sách giá nào áp dụng cho khách hàng này. Nhập trong Chính sách giá và chiết khấu (Mới, Ctrl+N).</translation>
    </message>
    <message>
        <source>No rebate agreement for this account. Enter one under Price policies and rebates (New, Ctrl+N).</source>
        <translation>Khách hàng này chưa có thỏa thuận chiết khấu. Nhập trong Chính sách giá và chiết khấu (Mới, Ctrl+N).</translation>
    </message>
    <message>
        <source>No quotes for this account yet. Start one in the quote builder (New quote, Ctrl+N).</source>
        <translation>Khách hàng này chưa có báo giá. Tạo trong trình tạo báo giá (Báo giá mới, Ctrl+N).</translation>
    </message>
    <message>
        <source>The account buys every product in the catalogue.</source>
        <translation>Khách hàng này mua mọi sản phẩm trong danh mục.</translation>
    </message>
    <message>
        <source>No competitor observations at this account yet. Note them in a visit report, under Competitors seen.</source>
        <translation>Chưa có ghi nhận đối thủ tại khách hàng này. Ghi trong báo cáo viếng thăm, mục Đối thủ ghi nhận được.</translation>
    </message>
</context>
<context>
    <name>quoteLines</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Giá niêm yết</translation>
    </message>
    <message>
        <source>Policy price</source>
        <translation>Giá theo chính sách</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>CK %</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Giá sau CK</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Giá vốn</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>Tỷ lệ LN/giá vốn %</translation>
    </message>
    <message>
        <source>Markup over cost, (net price − cost) / cost, after all discounts — never printed</source>
        <translation>Tỷ lệ lợi nhuận trên giá vốn: (giá ròng − giá vốn) / giá vốn, sau mọi chiết khấu — không bao giờ in</translation>
    </message>
    <message>
        <source>Not saved yet: the database cannot be reached. It is saved as soon as the database answers.</source>
        <translation>Chưa lưu: không kết nối được cơ sở dữ liệu. Sẽ được lưu ngay khi cơ sở dữ liệu phản hồi.</translation>
    </message>
    <message>
        <source>✎ removal not saved yet</source>
        <translation>✎ việc xóa chưa được lưu</translation>
    </message>
    <message>
        <source>✎ not saved yet</source>
        <translation>✎ chưa lưu</translation>
    </message>
    <message>
        <source>Priced per %1 pack: %2</source>
        <translation>Tính giá theo kiện %1: %2</translation>
    </message>
    <message>
        <source>Priced per %1 pack: %2 (net %3)</source>
        <translation>Tính giá theo kiện %1: %2 (sau CK %3)</translation>
    </message>
    <message>
        <source>guide %1</source>
        <translation>giá hướng dẫn %1</translation>
    </message>
    <message>
        <source>floor %1</source>
        <translation>giá sàn %1</translation>
    </message>
    <message>
        <source>min. markup %1</source>
        <translation>tỷ lệ lợi nhuận trên giá vốn tối thiểu %1</translation>
    </message>
    <message>
        <source>discount band 0–%1 off list</source>
        <translation>khung chiết khấu 0–%1 trên giá niêm yết</translation>
    </message>
    <message>
        <source>approval over %1 off list</source>
        <translation>cần phê duyệt khi giảm quá %1 giá niêm yết</translation>
    </message>
    <message>
        <source>no guard rails (below cost is flagged)</source>
        <translation>không có giới hạn giá (dưới giá vốn vẫn bị đánh dấu)</translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation>Kiểm tra chính sách</translation>
    </message>
    <message>
        <source>The price the price-policy register gives this account (Ctrl+B: why)</source>
        <translation>Giá mà sổ chính sách giá áp dụng cho khách hàng này (Ctrl+B: lý do)</translation>
    </message>
    <message>
        <source>Your cost per unit — never printed</source>
        <translation>Giá vốn mỗi đơn vị của bạn — không bao giờ được in</translation>
    </message>
    <message>
        <source>The unit is pack, L or kg.</source>
        <translation>Đơn vị là pack, L hoặc kg.</translation>
    </message>
    <message>
        <source>◷ price ends %1</source>
        <translation>◷ giá hết hạn %1</translation>
    </message>
    <message>
        <source>→ earliest %1</source>
        <translation>→ sớm nhất %1</translation>
    </message>
    <message>
        <source>✓ within policy</source>
        <translation>✓ trong chính sách</translation>
    </message>
    <message>
        <source>Policy %1&apos;s price ends %2; the quote is valid to %3.</source>
        <translation>Giá theo chính sách %1 hết hạn ngày %2; báo giá có hiệu lực đến %3.</translation>
    </message>
    <message>
        <source>Lead time %1 days: cannot be delivered by the requested date.</source>
        <translation>Thời gian giao hàng %1 ngày: không thể giao đúng ngày yêu cầu.</translation>
    </message>
    <message>
        <source>Needs a recorded approval before the quote can be sent.</source>
        <translation>Cần có phê duyệt được ghi nhận trước khi gửi báo giá.</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Chính sách %1</translation>
    </message>
    <message>
        <source>Policy %1, valid to %2</source>
        <translation>Chính sách %1, hiệu lực đến %2</translation>
    </message>
    <message>
        <source>No policy applies: the list price stands.</source>
        <translation>Không có chính sách áp dụng: giữ giá niêm yết.</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <source>Search accounts by name or code</source>
        <translation>Tìm khách hàng theo tên hoặc mã</translation>
    </message>
</context>
<context>
    <name>relationshipMap</name>
    <message>
        <source>manages</source>
        <translation>quản lý</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Số người: %1</translation>
    </message>
    <message>
        <source>Decision makers: %1 · Blockers: %2</source>
        <translation>Người quyết định: %1 · Người cản trở: %2</translation>
    </message>
    <message>
        <source>Double-click to show them</source>
        <translation>Nhấp đúp để xem từng người</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>contact</source>
        <translation>người liên hệ</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <source>street</source>
        <translation>đường</translation>
    </message>
    <message>
        <source>district</source>
        <translation>quận/huyện</translation>
    </message>
    <message>
        <source>city</source>
        <translation>thành phố</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>mã bưu chính</translation>
    </message>
</context>
<context>
    <name>targetGrid</name>
    <message>
        <source>Account / territory</source>
        <translation>Khách hàng / khu vực</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Sell-in</source>
        <translation>Nhập hàng</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Xuất kho</translation>
    </message>
    <message>
        <source>Sell-out</source>
        <translation>Bán ra</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(tất cả)</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Editing the year breaks it down again with the chosen method</source>
        <translation>Sửa cả năm sẽ phân bổ lại theo phương pháp đã chọn</translation>
    </message>
    <message>
        <source>Editing a quarter scales its months in proportion</source>
        <translation>Sửa một quý sẽ điều chỉnh các tháng của quý theo tỷ lệ</translation>
    </message>
    <message>
        <source>Editing a month changes its quarter and the year</source>
        <translation>Sửa một tháng sẽ thay đổi quý và cả năm</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
</context>
<context>
    <name>targets</name>
    <message>
        <source>evenly</source>
        <translation>đều nhau</translation>
    </message>
    <message>
        <source>like last year&apos;s sales</source>
        <translation>theo doanh số năm trước</translation>
    </message>
    <message>
        <source>by weights</source>
        <translation>theo trọng số</translation>
    </message>
</context>
</TS>
