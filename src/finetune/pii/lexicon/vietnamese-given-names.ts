/**
 * Vietnamese given and middle names as they are written without tone marks (Tuan, Linh, Quang, Huong): faker's lists
 * hold few of them, and a Vietnamese team writes colleagues by the given name alone. Some are English words too (Long,
 * Van, Tan): the rules reading this set leave those to the dictionary.
 */
const VIETNAMESE_GIVEN =
  "Anh|Bao|Binh|Chau|Chi|Cuong|Dat|Duc|Duong|Giang|Hai|Hanh|Hien|Hieu|Hoa|Hoai|Hoang|Hue|Hung|Huong|Huy|Huyen|Khanh|Khoa|Khoi|Kien|Lan|Linh|Loan|Loc|Mai|Minh|Nga|Ngan|Ngoc|Nguyet|Nhan|Nhung|Nhi|Phat|Phong|Phuc|Phuong|Quan|Quang|Quoc|Quynh|Thang|Thanh|Thao|Thu|Thuy|Tien|Trang|Trinh|Trung|Tuan|Tung|Tuyet|Uyen|Viet|Vinh|Vy|Xuan|Yen";

export const VIETNAMESE_GIVEN_NAMES: ReadonlySet<string> = new Set(VIETNAMESE_GIVEN.split("|"));
